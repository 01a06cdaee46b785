using MedDocs.Pdf.Fonts;
using MedDocs.Pdf.Images;
using MedDocs.Pdf.Limits;
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

    /// <summary>
    /// A page whose text covers less than this share of it while an image covers most of it is a scan: the text is a
    /// stamp (an e-filing header, a Bates number), not the page's content, and is kept beside the image.
    /// </summary>
    private const double StampTextCoverage = 0.02;

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

    /// <summary>Streams cut short by a decoding limit so far (a decompression bomb, or limits set too low): their text or image is incomplete.</summary>
    public IReadOnlyList<PdfDecodeCut> DecodeCuts => store.Account.Cuts;

    /// <summary>Opens a PDF held in memory. Throws <see cref="PdfPasswordException"/> or <see cref="PdfException"/>.</summary>
    public static PdfFile Open(byte[] data, PdfOpenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new PdfOpenOptions();
        try
        {
            var account = new DecodeAccount(options.MaxStreamBytes, options.MaxDecodedBytes, options.SharedBudget);
            var store = new PdfObjectStore(data, options.Password, account);
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
        store.Account.CurrentPage = number;
        if (entry.Missing)
        {
            // The page tree lists it (or the root counts it) but its object is not in the file.
            return new PdfPage(number, 612, 792, string.Empty, isScanned: false, textUnreliable: false, new Lazy<IReadOnlyList<PdfImage>>([]))
            {
                IsDamaged = true,
            };
        }

        var box = ReadBox(entry.CropBox) ?? ReadBox(entry.MediaBox) ?? (0, 0, 612, 792);
        var rotate = ((entry.Rotate % 360) + 360) % 360;
        var width = Math.Abs(box.X1 - box.X0);
        var height = Math.Abs(box.Y1 - box.Y0);

        var interpreter = new ContentInterpreter(store, fonts, ct);
        var unreliable = false;
        var cutsBefore = store.Account.Cuts.Count;
        var contents = ReadContents(entry.Page);
        var damaged = contents.Damaged;
        try
        {
            interpreter.Run(contents.Data, entry.Resources, Matrix.Identity);
        }
        catch (PdfException)
        {
            unreliable = damaged = true; // keep whatever was extracted before the damage
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentException or InvalidOperationException or OverflowException)
        {
            unreliable = damaged = true;
        }

        // Like pdftotext, ignore text placed entirely off the page (templates, hidden leftovers).
        var onPage = VerticalReadingOrder.Apply(interpreter.Glyphs.Where(g => OnPage(g, box)).ToList());
        var text = TextLayout.Build(onPage);
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

        var hasText = !string.IsNullOrWhiteSpace(text);
        var isScanned = anyCovering && (!hasText || TextArea(onPage) / pageArea < StampTextCoverage);
        damaged |= interpreter.LostContent > 0 || store.Account.Cuts.Count > cutsBefore; // a stream cut by a decoding limit loses what follows
        var (pageWidth, pageHeight) = rotate is 90 or 270 ? (height, width) : (width, height);

        // Images are decoded (and PNG-encoded) only when the caller looks at them: text-only callers pay nothing.
        var images = new Lazy<IReadOnlyList<PdfImage>>(() => ConvertImages(significant, number));
        return new PdfPage(number, pageWidth, pageHeight, text, isScanned, unreliable, images)
        {
            IsDamaged = damaged,
            IsBlank = !hasText && !isScanned && !damaged && interpreter.UnmappedGlyphs == 0,
        };
    }

    /// <summary>The area the visible glyphs cover: each glyph's advance times its size (a stamp line covers about 1 % of a page).</summary>
    private static double TextArea(List<TextGlyph> glyphs)
    {
        var area = 0.0;
        foreach (var glyph in glyphs)
        {
            if (!string.IsNullOrWhiteSpace(glyph.Text))
            {
                var advance = Math.Sqrt(((glyph.X1 - glyph.X0) * (glyph.X1 - glyph.X0)) + ((glyph.Y1 - glyph.Y0) * (glyph.Y1 - glyph.Y0)));
                area += Math.Max(advance, 0.5 * glyph.FontSize) * glyph.FontSize;
            }
        }

        return area;
    }

    private static bool OnPage(TextGlyph glyph, (double X0, double Y0, double X1, double Y1) box)
    {
        var margin = glyph.FontSize;
        var (minX, maxX) = (Math.Min(box.X0, box.X1) - margin, Math.Max(box.X0, box.X1) + margin);
        var (minY, maxY) = (Math.Min(box.Y0, box.Y1) - margin, Math.Max(box.Y0, box.Y1) + margin);
        return (glyph.X1 >= minX || glyph.X0 >= minX) && (glyph.X0 <= maxX || glyph.X1 <= maxX) && glyph.Y0 >= minY && glyph.Y0 <= maxY;
    }

    private List<PdfImage> ConvertImages(List<(PdfStream Stream, bool Covers)> placements, int pageNumber)
    {
        store.Account.CurrentPage = pageNumber;
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

    /// <summary>
    /// /Contents may be one stream or an array whose streams concatenate (tokens can span them). Damaged is set when
    /// a part is missing from the file, cannot be decoded, or runs to the end of a cut-short file.
    /// </summary>
    private (byte[] Data, bool Damaged) ReadContents(PdfDictionary page)
    {
        var reference = page["Contents"];
        var contents = store.Resolve(reference);
        if (contents is PdfStream single)
        {
            return (store.Decode(single).Data, single.Unterminated);
        }

        if (contents is not PdfArray array)
        {
            return ([], store.IsDangling(reference));
        }

        var damaged = false;
        using var buffer = new MemoryStream();
        foreach (var item in array.Items)
        {
            if (store.Resolve(item) is PdfStream part)
            {
                try
                {
                    buffer.Write(store.Decode(part).Data);
                    buffer.WriteByte((byte)'\n');
                    damaged |= part.Unterminated;
                }
                catch (PdfException)
                {
                    damaged = true; // a broken part is skipped; the others still hold text
                }
            }
            else
            {
                damaged |= store.IsDangling(item);
            }
        }

        return (buffer.ToArray(), damaged);
    }

    /// <summary>Gives the bytes this document took from a shared decoding budget back to it.</summary>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            store.Account.Release();
        }
    }
}
