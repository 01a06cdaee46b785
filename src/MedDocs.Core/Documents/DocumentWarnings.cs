using System.Globalization;
using System.Text;

namespace MedDocs.Core.Documents;

/// <summary>
/// The sentences that tell a user a document's text is not all there: pages that are scans (need OCR), blank,
/// damaged or undecodable. They name the file and page numbers only, never the document's text.
/// </summary>
public static class DocumentWarnings
{
    /// <summary>Warnings derived from the pages' flags, in a fixed order (damaged, needs OCR, undecodable, blank).</summary>
    public static IReadOnlyList<string> FromPages(string name, IReadOnlyList<DocumentPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var warnings = new List<string>();
        var paginated = pages.Count > 1;
        var damaged = pages.Where(p => p.Damaged).Select(p => p.Number).ToList();
        if (damaged.Count > 0)
        {
            warnings.Add($"'{name}' is damaged: {Pages(damaged)} could not be read in full (the file is cut short or corrupt), so text is missing there. Get an intact copy of the file.");
        }

        var scanned = pages.Where(p => p.Scanned).Select(p => p.Number).ToList();
        if (scanned.Count > 0)
        {
            var withStamp = pages.Any(p => p.Scanned && !string.IsNullOrWhiteSpace(p.Text));
            warnings.Add($"'{name}': {Pages(scanned)} {(scanned.Count == 1 ? "is a scanned image" : "are scanned images")} without a text layer{(withStamp ? " (only a stamp line is text)" : "")}: {(scanned.Count == 1 ? "it needs" : "they need")} OCR. Categorize reads scans with the vision model; other commands see no text there.");
        }

        var undecodable = pages.Where(p => !p.Scanned && p.NeedsOcr).Select(p => p.Number).ToList();
        if (undecodable.Count > 0)
        {
            warnings.Add($"'{name}': {Pages(undecodable)} {(undecodable.Count == 1 ? "has" : "have")} text in fonts without a Unicode mapping, so it cannot be extracted: OCR the file to read {(undecodable.Count == 1 ? "it" : "them")}.");
        }

        var blank = pages.Where(p => p.Blank).Select(p => p.Number).ToList();
        if (blank.Count == pages.Count)
        {
            warnings.Add(paginated ? $"'{name}' has no text: all {pages.Count} pages are blank." : $"'{name}' has no text: it is empty.");
        }
        else if (blank.Count > 0)
        {
            warnings.Add($"'{name}': {Pages(blank)} {(blank.Count == 1 ? "is" : "are")} blank.");
        }

        return warnings;
    }

    /// <summary>The warnings for one page on its own (per-page records).</summary>
    public static IReadOnlyList<string> FromPage(string name, DocumentPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Blank ? [$"'{name}': page {page.Number.ToString(CultureInfo.InvariantCulture)} is blank."] : FromPages(name, [page]);
    }

    /// <summary>"page 3", "pages 1–4, 7": runs of consecutive numbers shown as ranges.</summary>
    public static string Pages(IReadOnlyList<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var sorted = numbers.Distinct().Order().ToList();
        var builder = new StringBuilder(sorted.Count == 1 ? "page " : "pages ");
        for (var i = 0; i < sorted.Count; i++)
        {
            var start = sorted[i];
            while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1)
            {
                i++;
            }

            if (builder.Length > 6)
            {
                builder.Append(", ");
            }

            builder.Append(start.ToString(CultureInfo.InvariantCulture));
            if (sorted[i] != start)
            {
                builder.Append('–').Append(sorted[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Why a document has no text to work from, for operations that need text ("is scanned: pages 1–3 need OCR").</summary>
    public static HostMessage NoTextReason(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ocr = document.Pages.Where(p => p.NeedsOcr).Select(p => p.Number).ToList();
        if (ocr.Count > 0)
        {
            return $"is scanned or its fonts give no text ({Pages(ocr)} {(ocr.Count == 1 ? "needs" : "need")} OCR); OCR it first (e.g. with ocrmypdf) and use the result";
        }

        var damaged = document.Pages.Where(p => p.Damaged).Select(p => p.Number).ToList();
        return damaged.Count > 0
            ? $"is damaged ({Pages(damaged)} could not be read); get an intact copy of the file"
            : HostMessage.Of($"is blank; {HostCommand.Text} shows what text is read from it");
    }
}
