using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedDocs.Cli;

/// <summary>
/// Writes records as JSON Lines (one per line, as soon as ready), a JSON array, CSV or an aligned
/// table for people. Property names stay PascalCase, like PowerShell's ConvertTo-Json.
/// </summary>
public sealed class RecordWriter : IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions IndentedOptions = new(JsonOptions) { WriteIndented = true };
    private static readonly System.Buffers.SearchValues<char> CsvSpecial = System.Buffers.SearchValues.Create(",\"\n\r");

    private readonly TextWriter _out;
    private readonly OutputFormat _format;
    private readonly List<object> _buffered = new();
    private bool _csvHeaderWritten;

    public RecordWriter(TextWriter output, OutputFormat format)
    {
        _out = output;
        _format = format;
    }

    public void Write(object record)
    {
        switch (_format)
        {
            case OutputFormat.JsonLines:
                _out.WriteLine(JsonSerializer.Serialize(record, record.GetType(), JsonOptions));
                _out.Flush();
                break;
            case OutputFormat.Csv:
                WriteCsv(record);
                break;
            default:
                _buffered.Add(record);
                break;
        }
    }

    /// <summary>Flushes buffered formats (JSON array, table).</summary>
    public void Dispose()
    {
        if (_format == OutputFormat.Json)
        {
            _out.WriteLine(JsonSerializer.Serialize(_buffered, IndentedOptions));
        }
        else if (_format == OutputFormat.Table && _buffered.Count > 0)
        {
            WriteTable(_out, _buffered);
        }
        _out.Flush();
    }

    /// <summary>An aligned text table of the records' scalar properties.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<object> records)
    {
        var columns = ScalarProperties(records[0].GetType());
        var cells = records.Select(r => columns.Select(c => Display(c.GetValue(r))).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Min(60, Math.Max(c.Name.Length, cells.Max(row => row[i].Length)))).ToArray();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.Name.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            output.WriteLine(string.Join("  ", row.Select((v, i) => Clip(v, widths[i]).PadRight(widths[i]))).TrimEnd());
        }
    }

    private void WriteCsv(object record)
    {
        var columns = ScalarProperties(record.GetType());
        if (!_csvHeaderWritten)
        {
            _out.WriteLine(string.Join(",", columns.Select(c => Csv(c.Name))));
            _csvHeaderWritten = true;
        }
        _out.WriteLine(string.Join(",", columns.Select(c => Csv(Display(c.GetValue(record))))));
        _out.Flush();
    }

    private static PropertyInfo[] ScalarProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && IsScalar(p.PropertyType))
            .ToArray();

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) ||
               t == typeof(DateTimeOffset) || t == typeof(TimeSpan) || t == typeof(Uri);
    }

    private static string Display(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        float f => f.ToString("0.###", CultureInfo.InvariantCulture),
        bool b => b ? "True" : "False",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => s.ReplaceLineEndings(" "),
        IEnumerable e => string.Join(";", e.Cast<object?>().Select(Display)),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Clip(string value, int width) => value.Length <= width ? value : string.Concat(value.AsSpan(0, width - 1), "…");

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(CsvSpecial) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
