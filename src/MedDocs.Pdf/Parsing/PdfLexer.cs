using System.Globalization;
using System.Text;
using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Parsing;

/// <summary>
/// Tolerant PDF tokenizer and object parser over a byte buffer. It never throws on malformed
/// input: bad tokens are skipped, unterminated strings end at the buffer end, nesting is capped
/// so hostile files cannot exhaust the stack.
/// </summary>
internal sealed class PdfLexer
{
    public const int MaxNesting = 64;
    private const int MaxStringLength = 64 * 1024 * 1024;

    private readonly byte[] data;
    private readonly int end;

    public PdfLexer(byte[] data, int start = 0, int end = -1)
    {
        this.data = data;
        Position = start;
        this.end = end < 0 ? data.Length : Math.Min(end, data.Length);
    }

    public int Position { get; set; }

    public int End => end;

    public byte[] Data => data;

    public bool AtEnd => Position >= end;

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    public void SkipWhitespaceAndComments()
    {
        while (Position < end)
        {
            var b = data[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < end && data[Position] != '\n' && data[Position] != '\r')
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads the next object; keywords come back as <see cref="PdfOperator"/>. Null at end of input.</summary>
    public PdfObject? ReadObject(bool allowReferences = true, int depth = 0)
    {
        while (true)
        {
            SkipWhitespaceAndComments();
            if (Position >= end)
            {
                return null;
            }

            var b = data[Position];
            switch (b)
            {
                case (byte)'/':
                    return ReadName();
                case (byte)'(':
                    return ReadLiteralString();
                case (byte)'<':
                    if (Position + 1 < end && data[Position + 1] == '<')
                    {
                        Position += 2;
                        return ReadDictionary(allowReferences, depth);
                    }

                    return ReadHexString();
                case (byte)'[':
                    Position++;
                    return ReadArray(allowReferences, depth);
                case (byte)'>':
                    if (Position + 1 < end && data[Position + 1] == '>')
                    {
                        Position += 2;
                        return new PdfOperator(">>");
                    }

                    Position++;
                    continue; // stray delimiter: lose it, keep going
                case (byte)']':
                    Position++;
                    return new PdfOperator("]");
                case (byte)'{':
                case (byte)'}':
                case (byte)')':
                    Position++;
                    return new PdfOperator(((char)b).ToString());
                default:
                    break;
            }

            if (b is (byte)'+' or (byte)'-' or (byte)'.' || (b >= '0' && b <= '9'))
            {
                var number = ReadNumber();
                if (allowReferences && IsIntegerToken(number))
                {
                    var reference = TryReadReferenceTail((int)number.Value);
                    if (reference != null)
                    {
                        return reference;
                    }
                }

                return number;
            }

            var start = Position;
            while (Position < end && IsRegular(data[Position]))
            {
                Position++;
            }

            if (Position - start is 1 or 2 && CommonOperators.TryGetValue(OperatorKey(start, Position - start), out var common))
            {
                return common; // content streams are mostly these: no allocation per operator
            }

            Position = start;
            var keyword = ReadKeyword();
            switch (keyword)
            {
                case "true":
                    return PdfBoolean.True;
                case "false":
                    return PdfBoolean.False;
                case "null":
                    return PdfNull.Instance;
                default:
                    return new PdfOperator(keyword);
            }
        }
    }

    private static readonly Dictionary<int, PdfOperator> CommonOperators = new[]
    {
        "Tj", "TJ", "Td", "TD", "Tf", "Tm", "Tc", "Tw", "Tz", "TL", "Ts", "Tr", "T*", "BT", "ET", "cm", "q", "Q", "re", "f", "F", "l", "m", "c", "v", "y",
        "h", "S", "s", "B", "b", "n", "W", "g", "G", "rg", "RG", "k", "K", "cs", "CS", "sc", "SC", "gs", "Do", "w", "J", "j", "d", "i", "M", "'", "\"", "R",
    }.ToDictionary(name => OperatorKey(name), name => new PdfOperator(name));

    private static int OperatorKey(string name) => name[0] | (name.Length > 1 ? name[1] << 8 : 0);

    private int OperatorKey(int start, int length) => data[start] | (length > 1 ? data[start + 1] << 8 : 0);

    private static bool IsIntegerToken(PdfNumber n) => n.Value >= 0 && n.Value <= int.MaxValue && n.Value == Math.Floor(n.Value);

    private PdfReference? TryReadReferenceTail(int number)
    {
        var save = Position;
        SkipWhitespaceAndComments();
        var genStart = Position;
        while (Position < end && data[Position] >= '0' && data[Position] <= '9')
        {
            Position++;
        }

        if (Position > genStart && Position - genStart < 7)
        {
            var generation = ParseInt(genStart, Position);
            SkipWhitespaceAndComments();
            if (Position < end && data[Position] == 'R' && (Position + 1 >= end || !IsRegular(data[Position + 1])))
            {
                Position++;
                return new PdfReference(number, generation);
            }
        }

        Position = save;
        return null;
    }

    private int ParseInt(int from, int to)
    {
        long value = 0;
        for (var i = from; i < to && value < int.MaxValue; i++)
        {
            value = (value * 10) + (data[i] - '0');
        }

        return (int)Math.Min(value, int.MaxValue);
    }

    public PdfNumber ReadNumber()
    {
        var start = Position;
        while (Position < end && (data[Position] is (byte)'+' or (byte)'-' or (byte)'.' || (data[Position] >= '0' && data[Position] <= '9')))
        {
            Position++;
        }

        if (Position == start)
        {
            Position++;
            return new PdfNumber(0);
        }

        return new PdfNumber(ParseNumber(data.AsSpan(start, Position - start)));
    }

    /// <summary>Lenient number parsing: "--5", "5.-", "." and friends become something sane instead of failing.</summary>
    private static double ParseNumber(ReadOnlySpan<byte> span)
    {
        var negative = false;
        var i = 0;
        while (i < span.Length && (span[i] == '-' || span[i] == '+'))
        {
            negative |= span[i] == '-';
            i++;
        }

        double value = 0;
        var fraction = 0.1;
        var seenDot = false;
        var digits = 0;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '.')
            {
                if (seenDot)
                {
                    break;
                }

                seenDot = true;
            }
            else if (c >= '0' && c <= '9')
            {
                if (digits++ > 40)
                {
                    continue;
                }

                if (seenDot)
                {
                    value += (c - '0') * fraction;
                    fraction /= 10;
                }
                else
                {
                    value = (value * 10) + (c - '0');
                }
            }
            else
            {
                break;
            }
        }

        return negative ? -value : value;
    }

    private string ReadKeyword()
    {
        var start = Position;
        while (Position < end && IsRegular(data[Position]))
        {
            Position++;
        }

        if (Position == start)
        {
            Position++;
            return string.Empty;
        }

        return Encoding.Latin1.GetString(data, start, Position - start);
    }

    public PdfName ReadName()
    {
        Position++; // '/'
        var start = Position;
        var hasEscape = false;
        while (Position < end && IsRegular(data[Position]))
        {
            hasEscape |= data[Position] == '#';
            Position++;
        }

        if (!hasEscape)
        {
            return new PdfName(Encoding.Latin1.GetString(data, start, Position - start));
        }

        var sb = new StringBuilder(Position - start);
        for (var i = start; i < Position; i++)
        {
            if (data[i] == '#' && i + 2 < Position && HexValue(data[i + 1]) >= 0 && HexValue(data[i + 2]) >= 0)
            {
                sb.Append((char)((HexValue(data[i + 1]) << 4) | HexValue(data[i + 2])));
                i += 2;
            }
            else
            {
                sb.Append((char)data[i]);
            }
        }

        return new PdfName(sb.ToString());
    }

    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    public PdfString ReadLiteralString()
    {
        Position++; // '('
        var output = new List<byte>(32);
        var nesting = 1;
        while (Position < end && output.Count < MaxStringLength)
        {
            var b = data[Position++];
            if (b == '\\')
            {
                if (Position >= end)
                {
                    break;
                }

                var e = data[Position++];
                switch (e)
                {
                    case (byte)'n': output.Add(10); break;
                    case (byte)'r': output.Add(13); break;
                    case (byte)'t': output.Add(9); break;
                    case (byte)'b': output.Add(8); break;
                    case (byte)'f': output.Add(12); break;
                    case (byte)'\r':
                        if (Position < end && data[Position] == '\n')
                        {
                            Position++;
                        }

                        break;
                    case (byte)'\n':
                        break;
                    default:
                        if (e >= '0' && e <= '7')
                        {
                            var value = e - '0';
                            for (var k = 0; k < 2 && Position < end && data[Position] >= '0' && data[Position] <= '7'; k++)
                            {
                                value = (value * 8) + (data[Position++] - '0');
                            }

                            output.Add((byte)value);
                        }
                        else
                        {
                            output.Add(e); // \( \) \\ and unknown escapes: the character itself
                        }

                        break;
                }
            }
            else if (b == '(')
            {
                nesting++;
                output.Add(b);
            }
            else if (b == ')')
            {
                if (--nesting == 0)
                {
                    break;
                }

                output.Add(b);
            }
            else
            {
                output.Add(b);
            }
        }

        return new PdfString(output.ToArray());
    }

    public PdfString ReadHexString()
    {
        Position++; // '<'
        var bytes = Filters.AsciiFilters.DecodeHex(data.AsSpan(Position, end - Position), out var consumed);
        Position += consumed;
        return new PdfString(bytes);
    }

    private PdfArray ReadArray(bool allowReferences, int depth)
    {
        var items = new List<PdfObject>();
        if (depth >= MaxNesting)
        {
            SkipBalanced((byte)'[', (byte)']');
            return new PdfArray(items);
        }

        while (true)
        {
            var obj = ReadObject(allowReferences, depth + 1);
            if (obj == null)
            {
                break;
            }

            if (obj is PdfOperator op)
            {
                if (op.Name == "]")
                {
                    break;
                }

                if (op.Name is ">>" or "endobj" or "stream" or "obj")
                {
                    // A damaged array ran into the next structure: give back what we have.
                    Position -= op.Name.Length;
                    break;
                }

                items.Add(op);
                continue;
            }

            items.Add(obj);
        }

        return new PdfArray(items);
    }

    private PdfDictionary ReadDictionary(bool allowReferences, int depth)
    {
        var dict = new PdfDictionary();
        if (depth >= MaxNesting)
        {
            SkipBalanced((byte)'<', (byte)'>');
            return dict;
        }

        while (true)
        {
            var key = ReadObject(allowReferences, depth + 1);
            if (key == null)
            {
                break;
            }

            if (key is PdfOperator op)
            {
                if (op.Name == ">>")
                {
                    break;
                }

                if (op.Name is "endobj" or "stream" or "obj" or "]")
                {
                    Position -= op.Name.Length;
                    break;
                }

                continue;
            }

            if (key is not PdfName name)
            {
                continue; // garbage where a key should be: drop it
            }

            var save = Position;
            var value = ReadObject(allowReferences, depth + 1);
            if (value == null)
            {
                break;
            }

            if (value is PdfOperator vop)
            {
                if (vop.Name is ">>" or "endobj" or "stream" or "obj" or "]")
                {
                    Position = save;
                    continue;
                }
            }

            dict.Entries[name.Value] = value;
        }

        return dict;
    }

    /// <summary>Skips a too-deeply nested structure without recursing.</summary>
    private void SkipBalanced(byte open, byte close)
    {
        var level = 1;
        while (Position < end && level > 0)
        {
            var b = data[Position++];
            if (b == open)
            {
                level++;
            }
            else if (b == close)
            {
                level--;
            }
            else if (b == '(')
            {
                Position--;
                ReadLiteralString();
            }
        }

        if (open == '<' && Position < end && data[Position] == '>')
        {
            Position++;
        }
    }

    /// <summary>True when the bytes at <paramref name="at"/> are <paramref name="text"/> followed by a non-regular byte.</summary>
    public bool MatchesKeyword(int at, string text)
    {
        if (at < 0 || at + text.Length > end)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (data[at + i] != text[i])
            {
                return false;
            }
        }

        return at + text.Length >= end || !IsRegular(data[at + text.Length]);
    }

    public static string FormatInvariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
