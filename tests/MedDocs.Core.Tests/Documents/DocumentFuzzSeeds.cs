namespace MedDocs.Core.Tests.Documents;

/// <summary>Small valid PDFs to mutate: generated ones (text, a stamped scan, a small bomb) and some of the reader's fixtures.</summary>
internal static class DocumentFuzzSeeds
{
    public static IEnumerable<byte[]> Pdfs()
    {
        yield return TestPdfs.Pages(TestPdfs.Text("Discharge summary"), TestPdfs.Text("Plan: follow up"));
        yield return TestPdfs.Pages(TestPdfs.StampedScan("Filed 03/04/24"), TestPdfs.Empty());
        yield return TestPdfs.Pages(TestPdfs.Text("Readable"), TestPdfs.ZeroBomb(2));
        foreach (var name in new[] { "gs-letter.pdf", "qpdf-objstm.pdf", "enc-aes-128.pdf", "enc-rc4-40.pdf", "chromium-cjk.pdf", "scanned-png.pdf" })
        {
            if (FindFixture(name) is { } path)
            {
                yield return File.ReadAllBytes(path);
            }
        }
    }

    /// <summary>The PDF reader's committed fixtures, found from this assembly's folder or the working folder upwards.</summary>
    private static string? FindFixture(string name)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "MedDocs.Pdf.Tests", "Fixtures", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
