namespace MedDocs.Pdf.Objects;

internal sealed class PdfDictionary : PdfObject
{
    public Dictionary<string, PdfObject> Entries { get; } = new(StringComparer.Ordinal);

    public PdfObject? this[string key] => Entries.TryGetValue(key, out var value) ? value : null;

    public bool ContainsKey(string key) => Entries.ContainsKey(key);

    public string? GetName(string key) => this[key] is PdfName name ? name.Value : null;
}
