using System.Diagnostics;
using System.Globalization;
using System.Text;
using MedDocs.Pdf;
using MedDocs.Pdf.Tests;

namespace MedDocs.Benchmarks;

/// <summary>
/// Figures for MedDocs.Pdf: speed against poppler's pdftotext on generated 200+ page files, peak memory
/// on a 1,000-page file (in a child process, so earlier work does not count), and word-F1 over the fixtures.
/// </summary>
internal static class PdfBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pages = 240;
        string? fixtures = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--pages")
            {
                pages = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--fixtures")
            {
                fixtures = args[i + 1];
            }
        }

        fixtures ??= FindFixtures();
        var temp = Directory.CreateTempSubdirectory("meddocs-pdf-bench-");
        try
        {
            Console.WriteLine("== Word F1 vs pdftotext over the fixture corpus ==");
            ScoreFixtures(fixtures);

            Console.WriteLine();
            Console.WriteLine($"== Speed: {pages}-page documents ==");
            foreach (var (name, path) in await GenerateAsync(temp.FullName, pages))
            {
                await TimeAsync(name, path);
            }

            Console.WriteLine();
            Console.WriteLine("== Peak memory: 1,000-page document (child process) ==");
            var big = (await GenerateAsync(temp.FullName, 1000)).First();
            await MeasureMemoryAsync(big.Path);
        }
        finally
        {
            temp.Delete(recursive: true);
        }

        return 0;
    }

    public static int ScoreOnly(string[] args)
    {
        ScoreFixtures(args.Length > 0 ? args[0] : FindFixtures());
        return 0;
    }

    public static int DumpText(string[] args)
    {
        if (args.Length == 0)
        {
            return 2;
        }

        using var pdf = PdfFile.Open(args[0], new PdfOpenOptions { Password = args.Length > 1 ? args[1] : null });
        Console.Error.WriteLine($"{pdf.Metadata}");
        var first = true;
        foreach (var page in pdf.EnumeratePages())
        {
            if (!first)
            {
                Console.Write('\f');
            }

            first = false;
            Console.WriteLine(page.Text);
            Console.Error.WriteLine($"page {page.Number}: {page.Width:0}x{page.Height:0} scanned={page.IsScanned} unreliable={page.TextUnreliable} images={string.Join(",", page.Images.Select(i => $"{i.Format}:{i.Width}x{i.Height}"))}");
        }

        return 0;
    }

    /// <summary>Child-process entry: extract every page and report the peak working set.</summary>
    public static int MeasureSelf(string path)
    {
        var watch = Stopwatch.StartNew();
        using var pdf = PdfFile.Open(path);
        long chars = 0;
        foreach (var page in pdf.EnumeratePages())
        {
            chars += page.Text.Length;
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pdf.PageCount} pages, {chars:N0} chars in {watch.Elapsed.TotalSeconds:0.00} s; peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB; GC heap after {GC.GetTotalMemory(false) / 1048576.0:0} MB; allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB"));
        return 0;
    }

    private static string FindFixtures()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "MedDocs.Pdf.Tests", "Fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Cannot find tests/MedDocs.Pdf.Tests/Fixtures; run from the repository or pass --fixtures DIR.");
    }

    private static void ScoreFixtures(string folder)
    {
        var results = new List<(string Name, double F1, string Reason)>();
        foreach (var pdfPath in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var expectedPath = Path.ChangeExtension(pdfPath, ".txt");
            if (!File.Exists(expectedPath))
            {
                continue;
            }

            var expected = File.ReadAllText(expectedPath);
            var name = Path.GetFileName(pdfPath);
            try
            {
                var password = name.Contains("userpw", StringComparison.Ordinal) ? "secret" : null;
                using var pdf = PdfFile.Open(pdfPath, new PdfOpenOptions { Password = password });
                var text = string.Join("\n", pdf.EnumeratePages().Select(p => p.Text));
                var f1 = WordF1.Score(text, expected);
                var missing = WordF1.Missing(text, expected).Take(6).ToList();
                var extra = WordF1.Missing(expected, text).Take(6).ToList();
                var reason = f1 >= 0.999 ? string.Empty : $"missing [{string.Join(' ', missing)}] extra [{string.Join(' ', extra)}]";
                results.Add((name, f1, reason));
            }
            catch (PdfException ex)
            {
                results.Add((name, 0, ex.GetType().Name + ": " + ex.Message));
            }
        }

        foreach (var (name, f1, _) in results)
        {
            Console.WriteLine($"  {WordF1.Format(f1)}  {name}");
        }

        if (results.Count > 0)
        {
            Console.WriteLine($"  average {WordF1.Format(results.Average(r => r.F1))} over {results.Count} files; worst:");
            foreach (var (name, f1, reason) in results.OrderBy(r => r.F1).Take(5))
            {
                Console.WriteLine($"    {WordF1.Format(f1)} {name}: {Truncate(reason, 160)}");
            }
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    /// <summary>Makes long documents with the producers on PATH (groff's gropdf, ghostscript); a built-in writer otherwise.</summary>
    private static async Task<List<(string Name, string Path)>> GenerateAsync(string folder, int pages)
    {
        var list = new List<(string, string)>();
        var source = Path.Combine(folder, $"doc{pages}.ms");
        await File.WriteAllTextAsync(source, LongDocument(pages));
        if (OnPath("groff"))
        {
            var pdf = Path.Combine(folder, $"groff-{pages}.pdf");
            if (await RunToFileAsync("groff", ["-ms", "-Tpdf", source], pdf) && File.Exists(pdf))
            {
                list.Add(($"groff -Tpdf ({pages} pages)", pdf));
            }

            var ps = Path.Combine(folder, $"groff-{pages}.ps");
            var gsPdf = Path.Combine(folder, $"gs-{pages}.pdf");
            if (pages < 1000 && OnPath("gs") && await RunToFileAsync("groff", ["-ms", "-Tps", source], ps)
                && await RunAsync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", $"-sOutputFile={gsPdf}", ps]))
            {
                list.Add(($"ghostscript pdfwrite ({pages} pages)", gsPdf));
            }
        }

        if (list.Count == 0)
        {
            var pdf = Path.Combine(folder, $"builtin-{pages}.pdf");
            await File.WriteAllBytesAsync(pdf, SimplePdfWriter.Write(pages));
            list.Add(($"built-in writer ({pages} pages)", pdf));
        }

        return list;
    }

    private static string LongDocument(int pages)
    {
        var sb = new StringBuilder();
        sb.AppendLine(".TL\nSynthetic benchmark record\n.PP");
        var random = new Random(42);
        string[] words = ["patient", "reports", "mild", "dyspnea", "blood", "pressure", "stable", "follow-up", "medication", "dose",
            "ceftriaxone", "examination", "normal", "history", "hypertension", "diabetes", "laboratory", "results", "within", "range"];
        // About 420 words fill a page of -ms text.
        for (var p = 0; p < pages; p++)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $".NH\nVisit {p + 1}\n.PP");
            for (var w = 0; w < 400; w++)
            {
                sb.Append(words[random.Next(words.Length)]).Append(w % 12 == 11 ? ".\n" : " ");
            }

            sb.AppendLine("\n.bp");
        }

        return sb.ToString();
    }

    private static async Task TimeAsync(string name, string path)
    {
        // One untimed pass first: the figure is steady-state throughput, not JIT warm-up.
        using (var warmUp = PdfFile.Open(path))
        {
            foreach (var page in warmUp.EnumeratePages())
            {
                _ = page.Text.Length;
            }
        }

        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int pageCount;
        using (var pdf = PdfFile.Open(path))
        {
            pageCount = pdf.PageCount;
            foreach (var page in pdf.EnumeratePages())
            {
                _ = page.Text.Length;
            }
        }

        var ours = watch.Elapsed.TotalSeconds;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"  {name}: MedDocs.Pdf {ours:0.00} s wall, {cpu:0.00} s CPU ({pageCount / ours:0} pages/s, warm)");
        if (OnPath("pdftotext"))
        {
            watch.Restart();
            await RunAsync("pdftotext", [path, "/dev/null"]);
            var poppler = watch.Elapsed.TotalSeconds;
            line += string.Create(CultureInfo.InvariantCulture, $" | pdftotext {poppler:0.00} s ({pageCount / poppler:0} pages/s, whole process)");
        }

        Console.WriteLine(line);
    }

    private static async Task MeasureMemoryAsync(string path)
    {
        var self = Environment.ProcessPath!;
        var args = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            args.Add(typeof(PdfBenchmark).Assembly.Location);
        }

        args.AddRange(["pdf-mem", path]);
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        args.ForEach(psi.ArgumentList.Add);
        using var child = Process.Start(psi)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        Console.WriteLine("  " + output.Trim());
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, tool)));

    private static async Task<bool> RunAsync(string tool, string[] arguments)
    {
        var psi = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(drainOut, drainErr);
        return process.ExitCode == 0;
    }

    private static async Task<bool> RunToFileAsync(string tool, string[] arguments, string outputPath)
    {
        var psi = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        await using (var file = File.Create(outputPath))
        {
            var drainErr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.BaseStream.CopyToAsync(file);
            await drainErr;
        }

        await process.WaitForExitAsync();
        return process.ExitCode == 0;
    }
}
