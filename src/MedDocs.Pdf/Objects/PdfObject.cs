using System.Globalization;
using System.Text;

namespace MedDocs.Pdf.Objects;

/// <summary>Base of the PDF object model (ISO 32000-1 §7.3).</summary>
internal abstract class PdfObject
{
}

internal sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();

    private PdfNull() { }
}

internal sealed class PdfBoolean(bool value) : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);

    public bool Value { get; } = value;
}

internal sealed class PdfNumber(double value) : PdfObject
{
    public double Value { get; } = value;

    /// <summary>Saturating conversion: corrupt files carry absurd numbers.</summary>
    public int IntValue => Value >= int.MaxValue ? int.MaxValue : Value <= int.MinValue ? int.MinValue : double.IsNaN(Value) ? 0 : (int)Value;

    public long LongValue => Value >= long.MaxValue ? long.MaxValue : Value <= long.MinValue ? long.MinValue : double.IsNaN(Value) ? 0 : (long)Value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}

internal sealed class PdfString(byte[] bytes) : PdfObject
{
    public byte[] Bytes { get; set; } = bytes;

    /// <summary>Decodes a text string: UTF-16BE/UTF-8 with BOM, else PDFDocEncoding (Latin-1 is close enough for metadata).</summary>
    public string ToText()
    {
        var b = Bytes;
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(b, 2, (b.Length - 2) & ~1);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(b, 2, (b.Length - 2) & ~1);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(b, 3, b.Length - 3);
        }

        return Encoding.Latin1.GetString(b);
    }
}

internal sealed class PdfArray(List<PdfObject> items) : PdfObject
{
    public List<PdfObject> Items { get; } = items;

    public int Count => Items.Count;

    public PdfObject this[int index] => Items[index];
}

internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;
}

/// <summary>A content-stream operator (Tj, cm, BT…).</summary>
internal sealed class PdfOperator(string name) : PdfObject
{
    public string Name { get; } = name;
}
