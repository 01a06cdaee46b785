using MedDocs.Pdf.Fonts;
using MedDocs.Pdf.Images;
using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Parsing;
using MedDocs.Pdf.Text;

namespace MedDocs.Pdf;

/// <summary>
/// A PDF opened for text and image extraction. Pages are parsed on demand, one at a time, so large
/// files stay small in memory. Not thread-safe: use one instance per thread.
/// </summary>
public sealed class PdfFile : IDisposable
{
    /// <summary>Share of the page an image must cover to count as a scan.</summary>
    private const double ScanCoverage = 0.5;

    /// <summary>Images smaller than this share of the page (logos, bullets) are not returned.</summary>
    private const double MinImageCoverage = 0.1;

    private readonly PdfObjectStore store;
    private readonly FontFactory fonts;
    private readonly List<PageEntry> pages;
    private bool disposed;

    private PdfFile(PdfObjectStore store, List<PageEntry> pages, PdfMetadata metadata)
    {
        this.store = store;
        this.pages = pages;
        fonts = new FontFactory(store);
        Metadata = metadata;
    }

    public PdfMetadata Metadata { get; }

    public int PageCount => pages.Count;

    /// <summary>Opens a PDF held in memory. Throws <see cref="PdfPasswordException"/> or <see cref="PdfException"/>.</summary>
    public static PdfFile Open(byte[] data, PdfOpenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new PdfOpenOptions();
        try
        {
            var store = new PdfObjectStore(data, options.Password);
            var pages = PageTreeReader.Read(store, Math.Max(0, options.MaxPages));
            var info = store.ResolveDictionary(store.Trailer["Info"]);
            string? Info(string key) => info != null && store.Resolve(info[key]) is PdfString s ? Clean(s.ToText()) : null;
            var version = store.Catalog["Version"] is PdfName v && string.CompareOrdinal(v.Value, store.Version) > 0 ? v.Value : store.Version;
            // With MaxPages the file exposes fewer pages; the metadata still tells how many the document has.
            var totalPages = pages.Count;
            if (pages.Count >= options.MaxPages && store.ResolveDictionary(store.Catalog["Pages"]) is { } tree && store.Resolve(tree["Count"]) is PdfNumber count)
            {
                totalPages = Math.Max(totalPages, count.IntValue);
            }

            var metadata = new PdfMetadata(Info("Title"), Info("Author"), Info("Subject"), Info("Creator"), Info("Producer"),
                totalPages, store.IsEncrypted, version, store.Repaired);
            return new PdfFile(store, pages, metadata);
        }
        catch (PdfException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            throw new PdfException("The PDF is corrupt beyond repair and cannot be read; re-save or re-export it from the producing application.", ex);
        }
    }

    /// <summary>Reads and opens a PDF file; file-system errors surface as the usual IOException types.</summary>
    public static PdfFile Open(string path, PdfOpenOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var data = File.ReadAllBytes(path);
        try
        {
            return Open(data, options);
        }
        catch (PdfPasswordException ex)
        {
            throw new PdfPasswordException($"'{Path.GetFileName(path)}': {ex.Message}", ex);
        }
        catch (PdfException ex)
        {
            throw new PdfException($"'{Path.GetFileName(path)}': {ex.Message}", ex);
        }
    }

    private static string? Clean(string text)
    {
        var trimmed = text.Replace("\0", string.Empty, StringComparison.Ordinal).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Parses page <paramref name="number"/> (1-based).</summary>
    public PdfPage GetPage(int number) => GetPage(number, CancellationToken.None);

    public IEnumerable<PdfPage> EnumeratePages(CancellationToken ct = default)
    {
        for (var number = 1; number <= PageCount; number++)
        {
            ct.ThrowIfCancellationRequested();
            yield return GetPage(number, ct);
        }
    }

    private PdfPage GetPage(int number, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (number < 1 || number > PageCount)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Page numbers run from 1 to {PageCount}.");
        }

        try
        {
            return BuildPage(number, pages[number - 1], ct);
        }
        catch (Exception ex) when (ex is not PdfException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new PdfException($"Page {number} is corrupt and cannot be read; re-save or re-export the PDF from the producing application.", ex);
        }
    }

    private PdfPage BuildPage(int number, PageEntry entry, CancellationToken ct)
    {
        var box = ReadBox(entry.CropBox) ?? ReadBox(entry.MediaBox) ?? (0, 0, 612, 792);
        var rotate = ((entry.Rotate % 360) + 360) % 360;
        var width = Math.Abs(box.X1 - box.X0);
        var height = Math.Abs(box.Y1 - box.Y0);

        var interpreter = new ContentInterpreter(store, fonts, ct);
        var unreliable = false;
        try
        {
            interpreter.Run(ReadContents(entry.Page), entry.Resources, Matrix.Identity);
        }
        catch (PdfException)
        {
            unreliable = true; // keep whatever was extracted before the damage
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentException or InvalidOperationException or OverflowException)
        {
            unreliable = true;
        }

        // Like pdftotext, ignore text placed entirely off the page (templates, hidden leftovers).
        var text = TextLayout.Build(interpreter.Glyphs.Where(g => OnPage(g, box)));
        var shown = interpreter.Glyphs.Count;
        unreliable |= interpreter.UnmappedGlyphs > 0 && interpreter.UnmappedGlyphs * 10 >= Math.Max(1, shown);

        var pageArea = Math.Max(1, width * height);
        var significant = new List<(PdfStream Stream, bool Covers)>();
        var seen = new HashSet<PdfStream>(ReferenceEqualityComparer.Instance);
        var anyCovering = false;
        foreach (var placement in interpreter.Images)
        {
            var coverage = Coverage(placement.Ctm, box) / pageArea;
            var covers = coverage >= ScanCoverage;
            anyCovering |= covers;
            if (coverage >= MinImageCoverage && seen.Add(placement.Stream))
            {
                significant.Add((placement.Stream, covers));
            }
        }

        var isScanned = anyCovering && string.IsNullOrWhiteSpace(text);
        var (pageWidth, pageHeight) = rotate is 90 or 270 ? (height, width) : (width, height);

        // Images are decoded (and PNG-encoded) only when the caller looks at them: text-only callers pay nothing.
        var images = new Lazy<IReadOnlyList<PdfImage>>(() => ConvertImages(significant));
        return new PdfPage(number, pageWidth, pageHeight, text, isScanned, unreliable, images);
    }

    private static bool OnPage(TextGlyph glyph, (double X0, double Y0, double X1, double Y1) box)
    {
        var margin = glyph.FontSize;
        var (minX, maxX) = (Math.Min(box.X0, box.X1) - margin, Math.Max(box.X0, box.X1) + margin);
        var (minY, maxY) = (Math.Min(box.Y0, box.Y1) - margin, Math.Max(box.Y0, box.Y1) + margin);
        return (glyph.X1 >= minX || glyph.X0 >= minX) && (glyph.X0 <= maxX || glyph.X1 <= maxX) && glyph.Y0 >= minY && glyph.Y0 <= maxY;
    }

    private List<PdfImage> ConvertImages(List<(PdfStream Stream, bool Covers)> placements)
    {
        var images = new List<PdfImage>(placements.Count);
        foreach (var (stream, covers) in placements)
        {
            try
            {
                if (ImageConverter.Convert(stream, store, covers) is { } image)
                {
                    images.Add(image);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An undecodable image is skipped (this runs lazily, outside Open/GetPage's error handling).
            }
        }

        return images;
    }

    /// <summary>Area of the image's bounding box (the CTM maps the unit square) clipped to the page box.</summary>
    private static double Coverage(Matrix ctm, (double X0, double Y0, double X1, double Y1) box)
    {
        var corners = new[] { ctm.Transform(0, 0), ctm.Transform(1, 0), ctm.Transform(0, 1), ctm.Transform(1, 1) };
        var minX = Math.Max(corners.Min(c => c.X), Math.Min(box.X0, box.X1));
        var maxX = Math.Min(corners.Max(c => c.X), Math.Max(box.X0, box.X1));
        var minY = Math.Max(corners.Min(c => c.Y), Math.Min(box.Y0, box.Y1));
        var maxY = Math.Min(corners.Max(c => c.Y), Math.Max(box.Y0, box.Y1));
        return maxX > minX && maxY > minY ? (maxX - minX) * (maxY - minY) : 0;
    }

    private (double X0, double Y0, double X1, double Y1)? ReadBox(PdfArray? array)
    {
        if (array == null || array.Count < 4)
        {
            return null;
        }

        var v = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (store.Resolve(array[i]) is not PdfNumber n)
            {
                return null;
            }

            v[i] = n.Value;
        }

        return Math.Abs(v[2] - v[0]) < 1 || Math.Abs(v[3] - v[1]) < 1 ? null : (v[0], v[1], v[2], v[3]);
    }

    /// <summary>/Contents may be one stream or an array whose streams concatenate (tokens can span them).</summary>
    private byte[] ReadContents(PdfDictionary page)
    {
        var contents = store.Resolve(page["Contents"]);
        if (contents is PdfStream single)
        {
            return store.Decode(single).Data;
        }

        if (contents is not PdfArray array)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        foreach (var item in array.Items)
        {
            if (store.Resolve(item) is PdfStream part)
            {
                try
                {
                    buffer.Write(store.Decode(part).Data);
                    buffer.WriteByte((byte)'\n');
                }
                catch (PdfException)
                {
                    // A broken part is skipped; the others still hold text.
                }
            }
        }

        return buffer.ToArray();
    }

    public void Dispose() => disposed = true;
}
