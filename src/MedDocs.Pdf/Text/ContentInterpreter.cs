using MedDocs.Pdf.Fonts;
using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Parsing;

namespace MedDocs.Pdf.Text;

/// <summary>
/// Runs a page's content streams far enough to know where each glyph lands (text state, text and
/// graphics matrices, Form XObjects) and which images are drawn. Malformed operators are skipped;
/// nesting, recursion and glyph counts are capped so hostile content cannot hang or exhaust memory.
/// </summary>
internal sealed class ContentInterpreter(PdfObjectStore store, FontFactory fonts, CancellationToken cancellationToken)
{
    private const int MaxFormDepth = 12;
    private const int MaxStateDepth = 256;
    private const int MaxOperands = 4096;
    private const int MaxGlyphs = 500_000;
    private const int MaxImages = 4096;

    private readonly HashSet<PdfStream> activeForms = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PdfDictionary, PdfFont?> resourceFonts = new(ReferenceEqualityComparer.Instance);

    public List<TextGlyph> Glyphs { get; } = [];

    public List<ImagePlacement> Images { get; } = [];

    public int UnmappedGlyphs { get; private set; }

    /// <summary>
    /// Content that should be there but could not be read: text shown with a font whose object is missing, an image
    /// or form whose object is missing or undecodable. On a page without text this tells "damaged" from "blank".
    /// </summary>
    public int LostContent { get; private set; }

    public void Run(byte[] content, PdfDictionary? resources, Matrix ctm) => Run(content, resources, new GraphicsState { Ctm = ctm }, 0);

    private void Run(byte[] content, PdfDictionary? resources, GraphicsState initial, int depth)
    {
        var lexer = new PdfLexer(content);
        var operands = new List<PdfObject>(8);
        var stack = new Stack<GraphicsState>();
        var gs = initial;
        var tm = Matrix.Identity;
        var tlm = Matrix.Identity;
        var operatorCount = 0;
        while (true)
        {
            var token = lexer.ReadObject(allowReferences: false);
            if (token == null)
            {
                break;
            }

            if (token is not PdfOperator op)
            {
                if (operands.Count >= MaxOperands)
                {
                    operands.Clear();
                }

                operands.Add(token);
                continue;
            }

            if ((++operatorCount & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (op.Name)
            {
                case "q":
                    if (stack.Count < MaxStateDepth)
                    {
                        stack.Push(gs);
                        gs = gs.Clone();
                    }

                    break;
                case "Q":
                    if (stack.Count > 0)
                    {
                        gs = stack.Pop();
                    }

                    break;
                case "cm":
                    if (TryMatrix(operands, out var cm))
                    {
                        gs.Ctm = cm.Multiply(gs.Ctm);
                    }

                    break;
                case "BT":
                    tm = tlm = Matrix.Identity;
                    break;
                case "Tc":
                    gs.CharSpacing = Number(operands, 0, gs.CharSpacing);
                    break;
                case "Tw":
                    gs.WordSpacing = Number(operands, 0, gs.WordSpacing);
                    break;
                case "Tz":
                    gs.HorizontalScaling = Number(operands, 0, 100) / 100;
                    break;
                case "TL":
                    gs.Leading = Number(operands, 0, gs.Leading);
                    break;
                case "Ts":
                    gs.Rise = Number(operands, 0, gs.Rise);
                    break;
                case "Tf":
                    if (operands.Count >= 2 && operands[^2] is PdfName fontName)
                    {
                        gs.Font = LookupFont(resources, fontName.Value);
                        gs.FontMissing = gs.Font == null;
                        gs.FontSize = Number(operands, operands.Count - 1, 1);
                    }

                    break;
                case "Td":
                    tlm = Matrix.Translation(Number(operands, 0, 0), Number(operands, 1, 0)).Multiply(tlm);
                    tm = tlm;
                    break;
                case "TD":
                    gs.Leading = -Number(operands, 1, 0);
                    tlm = Matrix.Translation(Number(operands, 0, 0), Number(operands, 1, 0)).Multiply(tlm);
                    tm = tlm;
                    break;
                case "Tm":
                    if (TryMatrix(operands, out var textMatrix))
                    {
                        tm = tlm = textMatrix;
                    }

                    break;
                case "T*":
                    tlm = Matrix.Translation(0, -gs.Leading).Multiply(tlm);
                    tm = tlm;
                    break;
                case "Tj":
                    if (operands.Count > 0 && operands[^1] is PdfString tj)
                    {
                        tm = Show(tj.Bytes, gs, tm);
                    }

                    break;
                case "'":
                case "\"":
                    // " is ' with word and character spacing set first; both move to the next line and show.
                    if (op.Name == "\"" && operands.Count >= 3)
                    {
                        gs.WordSpacing = Number(operands, operands.Count - 3, gs.WordSpacing);
                        gs.CharSpacing = Number(operands, operands.Count - 2, gs.CharSpacing);
                    }

                    tlm = Matrix.Translation(0, -gs.Leading).Multiply(tlm);
                    tm = tlm;
                    if (operands.Count > 0 && operands[^1] is PdfString quoted)
                    {
                        tm = Show(quoted.Bytes, gs, tm);
                    }

                    break;
                case "TJ":
                    if (operands.Count > 0 && operands[^1] is PdfArray array)
                    {
                        foreach (var item in array.Items)
                        {
                            if (item is PdfString s)
                            {
                                tm = Show(s.Bytes, gs, tm);
                            }
                            else if (item is PdfNumber n && gs.Font != null)
                            {
                                var shift = -n.Value / 1000 * gs.FontSize;
                                tm = gs.Font.IsVertical
                                    ? Matrix.Translation(0, shift).Multiply(tm)
                                    : Matrix.Translation(shift * gs.HorizontalScaling, 0).Multiply(tm);
                            }
                        }
                    }

                    break;
                case "Do":
                    if (operands.Count > 0 && operands[^1] is PdfName xobjectName)
                    {
                        DrawXObject(resources, xobjectName.Value, gs, depth);
                    }

                    break;
                case "BI":
                    ReadInlineImage(lexer, gs, resources);
                    break;
                default:
                    break;
            }

            operands.Clear();
        }
    }

    private static bool TryMatrix(List<PdfObject> operands, out Matrix matrix)
    {
        matrix = Matrix.Identity;
        if (operands.Count < 6)
        {
            return false;
        }

        var v = new double[6];
        for (var i = 0; i < 6; i++)
        {
            if (operands[operands.Count - 6 + i] is not PdfNumber n || double.IsNaN(n.Value) || Math.Abs(n.Value) > 1e7)
            {
                return false;
            }

            v[i] = n.Value;
        }

        matrix = new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]);
        return true;
    }

    private static double Number(List<PdfObject> operands, int index, double fallback) =>
        index >= 0 && index < operands.Count && operands[index] is PdfNumber n && !double.IsNaN(n.Value) && Math.Abs(n.Value) < 1e7 ? n.Value : fallback;

    private PdfFont? LookupFont(PdfDictionary? resources, string name)
    {
        var fontDict = store.ResolveDictionary(resources?["Font"]);
        var dict = fontDict == null ? null : store.ResolveDictionary(fontDict[name]);
        if (dict == null)
        {
            return null;
        }

        if (!resourceFonts.TryGetValue(dict, out var font))
        {
            font = fonts.Get(dict);
            resourceFonts[dict] = font;
        }

        return font;
    }

    /// <summary>Emits one glyph per code and returns the text matrix advanced past the string.</summary>
    private Matrix Show(byte[] bytes, GraphicsState gs, Matrix tm)
    {
        var font = gs.Font;
        if (font == null || bytes.Length == 0)
        {
            if (font == null && gs.FontMissing && bytes.Length > 0)
            {
                LostContent++;
            }

            return tm;
        }

        var size = gs.FontSize;
        var hScale = gs.HorizontalScaling;
        var at = 0;
        while (at < bytes.Length)
        {
            var length = font.ReadCode(bytes, at, out var code);
            at += Math.Max(1, length);
            var width = font.GetWidth(code);
            var text = font.GetText(code);
            var spacing = gs.CharSpacing + (length == 1 && code == 32 ? gs.WordSpacing : 0);
            var trm = tm.Multiply(gs.Ctm);
            var deviceSize = Math.Abs(size) * trm.VerticalScale;
            if (font.IsVertical)
            {
                // Vertical writing: the glyph runs from its origin down the column by its vertical advance (w1 from /W2, /DW2).
                var w1 = font.GetVerticalAdvance(code) * size;
                var (vx0, vy0) = trm.Transform(0, gs.Rise);
                var (vx1, vy1) = trm.Transform(0, gs.Rise + w1);
                Emit(text, code, font is SimpleFont, vx0, vy0, vx1, vy1, deviceSize == 0 ? Math.Abs(size) : deviceSize, true, vertical: true);
                tm = Matrix.Translation(0, w1 + spacing).Multiply(tm);
            }
            else
            {
                var glyphWidth = width * size * hScale;
                var (x0, y0) = trm.Transform(0, gs.Rise);
                var (x1, y1) = trm.Transform(glyphWidth, gs.Rise);
                var horizontalScale = Math.Sqrt((trm.A * trm.A) + (trm.B * trm.B));
                deviceSize = Math.Abs(size) * (trm.VerticalScale > 0 ? trm.VerticalScale : horizontalScale);
                Emit(text, code, font is SimpleFont, x0, y0, x1, y1, deviceSize, font.ReliableWidths);
                tm = Matrix.Translation(((width * size) + spacing) * hScale, 0).Multiply(tm);
            }
        }

        return tm;
    }

    private void Emit(string? text, int code, bool singleByte, double x0, double y0, double x1, double y1, double fontSize, bool reliable, bool vertical = false)
    {
        if (Glyphs.Count >= MaxGlyphs)
        {
            return;
        }

        if (text == null)
        {
            // Simple fonts with custom encodings are usually ASCII-compatible; CID codes are glyph ids, never guess those.
            UnmappedGlyphs++;
            text = singleByte && code is >= 0x21 and < 0x7F ? ((char)code).ToString() : string.Empty;
        }
        else if (text.Length == 1 && ((char.IsControl(text[0]) && text[0] != '\t') || text[0] is >= '\uE000' and <= '\uF8FF'))
        {
            // Control characters and private-use code points are not text: a broken or symbol-only mapping.
            UnmappedGlyphs++;
            text = string.Empty;
        }

        Glyphs.Add(new TextGlyph(text, x0, y0, x1, y1, fontSize, reliable, vertical));
    }

    private void DrawXObject(PdfDictionary? resources, string name, GraphicsState gs, int depth)
    {
        var xobjects = store.ResolveDictionary(resources?["XObject"]);
        if (xobjects == null || store.Resolve(xobjects[name]) is not PdfStream stream)
        {
            if (xobjects == null ? store.IsDangling(resources?["XObject"]) : store.IsDangling(xobjects[name]))
            {
                LostContent++; // the image or form was there once: its object is gone
            }

            return;
        }

        var subtype = store.Resolve(stream.Dictionary["Subtype"]) as PdfName;
        if (subtype?.Value == "Image")
        {
            if (Images.Count < MaxImages)
            {
                Images.Add(new ImagePlacement(stream, gs.Ctm, resources));
            }

            return;
        }

        if (subtype?.Value != "Form" || depth >= MaxFormDepth || !activeForms.Add(stream))
        {
            return; // unknown, too deep, or a form that (indirectly) draws itself
        }

        try
        {
            var state = gs.Clone();
            if (TryMatrix((store.Resolve(stream.Dictionary["Matrix"]) as PdfArray)?.Items.Select(store.Resolve).OfType<PdfObject>().ToList() ?? [], out var formMatrix))
            {
                state.Ctm = formMatrix.Multiply(state.Ctm);
            }

            var formResources = store.ResolveDictionary(stream.Dictionary["Resources"]) ?? resources;
            Run(store.Decode(stream).Data, formResources, state, depth + 1);
        }
        catch (PdfException)
        {
            // An unreadable form loses its own content, not the page.
            LostContent++;
        }
        finally
        {
            activeForms.Remove(stream);
        }
    }

    /// <summary>BI dict ID data EI: the data is binary, so it must be skipped by length or by finding "EI".</summary>
    private void ReadInlineImage(PdfLexer lexer, GraphicsState gs, PdfDictionary? resources)
    {
        var dict = new PdfDictionary();
        while (true)
        {
            var key = lexer.ReadObject(false);
            if (key == null || key is PdfOperator { Name: "ID" })
            {
                break;
            }

            if (key is PdfName name && lexer.ReadObject(false) is { } value and not PdfOperator)
            {
                dict.Entries[ExpandKey(name.Value)] = value is PdfName v ? new PdfName(ExpandValue(v.Value)) : value;
            }
        }

        var data = lexer.Data;
        var start = lexer.Position + 1; // one whitespace byte after ID
        var end = FindInlineImageEnd(data, start, lexer.End);
        lexer.Position = Math.Min(lexer.End, end + 2);
        if (Images.Count < MaxImages && end > start)
        {
            Images.Add(new ImagePlacement(new PdfStream(dict, data, start, end - start), gs.Ctm, resources));
        }
    }

    private static int FindInlineImageEnd(byte[] data, int start, int end)
    {
        for (var i = Math.Max(start, 1); i + 1 < end; i++)
        {
            if (data[i] == 'E' && data[i + 1] == 'I' && PdfLexer.IsWhitespace(data[i - 1]) && (i + 2 >= end || PdfLexer.IsWhitespace(data[i + 2])))
            {
                return i - 1;
            }
        }

        return end;
    }

    private static string ExpandKey(string key) => key switch
    {
        "W" => "Width",
        "H" => "Height",
        "BPC" => "BitsPerComponent",
        "CS" => "ColorSpace",
        "F" => "Filter",
        "DP" => "DecodeParms",
        "IM" => "ImageMask",
        "D" => "Decode",
        "I" => "Interpolate",
        _ => key,
    };

    private static string ExpandValue(string value) => value switch
    {
        "G" => "DeviceGray",
        "RGB" => "DeviceRGB",
        "CMYK" => "DeviceCMYK",
        "I" => "Indexed",
        _ => value,
    };
}
