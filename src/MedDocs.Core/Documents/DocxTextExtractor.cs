using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MedDocs.Core.Documents;

/// <summary>
/// Reads the body of a Word .docx in document order: one line per paragraph (headings included, as plain lines),
/// one line per table row with the cells joined by <see cref="CellSeparator"/>, list items prefixed "- ".
/// Deleted revisions and field codes are left out; for drawings with a fallback only the primary content is read,
/// so text boxes are not doubled. Headers, footers, comments and footnotes are not read.
/// </summary>
internal static class DocxTextExtractor
{
    public const string CellSeparator = " | ";

    public static (string Text, DocumentMetadata Metadata) Extract(Stream stream, CancellationToken ct)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("The package has no Word document body.");

        var lines = new List<string>();
        AppendBlocks(body, lines, ct);

        var properties = document.PackageProperties;
        var application = document.ExtendedFilePropertiesPart?.Properties?.Application?.Text;
        var metadata = new DocumentMetadata(
            Blank(properties.Title),
            Blank(properties.Creator),
            Blank(application),
            PageCount: 1);
        return (JoinLines(lines), metadata);
    }

    /// <summary>Paragraphs and tables, descending through content controls and custom XML wrappers.</summary>
    private static void AppendBlocks(OpenXmlElement container, List<string> lines, CancellationToken ct)
    {
        foreach (var element in container.ChildElements)
        {
            ct.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    lines.Add(ParagraphLine(paragraph));
                    break;
                case Table table:
                    AppendTable(table, lines);
                    break;
                case SectionProperties:
                    break;
                default:
                    // SdtBlock, CustomXmlBlock and similar wrappers hold paragraphs and tables.
                    if (element.HasChildren)
                    {
                        AppendBlocks(element, lines, ct);
                    }

                    break;
            }
        }
    }

    private static void AppendTable(Table table, List<string> lines)
    {
        foreach (var row in Descend<TableRow>(table))
        {
            var cells = Descend<TableCell>(row).Select(CellText).ToList();
            if (cells.Exists(c => c.Length > 0))
            {
                lines.Add(string.Join(CellSeparator, cells));
            }
        }
    }

    /// <summary>A cell's paragraphs (and any nested table) flattened to one line.</summary>
    private static string CellText(TableCell cell)
    {
        var parts = new List<string>();
        // Paragraphs nested in a text box are read with their host paragraph.
        foreach (var paragraph in cell.Descendants<Paragraph>().Where(p => p.Ancestors<Paragraph>().FirstOrDefault() is null))
        {
            var text = ParagraphLine(paragraph).Trim();
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>Children of type <typeparamref name="T"/>, looking through wrappers (content controls) but not inside a T.</summary>
    private static IEnumerable<T> Descend<T>(OpenXmlElement parent) where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match)
            {
                yield return match;
            }
            else if (child is not Table && child.HasChildren)
            {
                foreach (var nested in Descend<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string ParagraphLine(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        AppendInline(paragraph, builder);
        var text = builder.ToString();
        var isListItem = paragraph.ParagraphProperties?.NumberingProperties is not null;
        return isListItem && text.Length > 0 ? "- " + text : text;
    }

    private static void AppendInline(OpenXmlElement element, StringBuilder builder)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
                case Paragraph nested:
                    // A paragraph inside a text box: keep it on its own line.
                    builder.Append('\n');
                    AppendInline(nested, builder);
                    break;
                case AlternateContentFallback:
                case ParagraphProperties:
                case RunProperties:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        AppendInline(child, builder);
                    }

                    break;
            }
        }
    }

    /// <summary>Lines joined by LF, with runs of blank lines (spacing paragraphs) collapsed to one.</summary>
    private static string JoinLines(List<string> lines)
    {
        var builder = new StringBuilder();
        var blankRun = 0;
        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            builder.Append(trimmed);
            blankRun = 0;
        }

        return LineEndings.ToLf(builder.ToString());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
