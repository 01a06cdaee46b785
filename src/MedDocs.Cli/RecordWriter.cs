using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedDocs.Cli;

/// <summary>
/// Writes records as JSON Lines (one per line, as soon as ready), a JSON array, CSV or an aligned
/// table for people. Property names stay PascalCase, like PowerShell's ConvertTo-Json. JSON goes out through a
/// small buffer: a very long string (System.Text.Json refuses one value over ~166 million characters) is written
/// in segments, so a huge document's text costs no extra copy and never stops the batch.
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

    private static readonly JsonWriterOptions LineWriterOptions = new() { Encoder = JsonOptions.Encoder, SkipValidation = false };
    private static readonly JsonWriterOptions IndentedWriterOptions = LineWriterOptions with { Indented = true };

    /// <summary>String properties per record type, to spot the rare record that needs segmented writing.</summary>
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> StringProperties = new();

    /// <summary>Strings longer than this go out in segments of this size.</summary>
    internal const int DefaultSegmentChars = 1 << 22;

    private readonly TextWriter _out;
    private readonly OutputFormat _format;
    private readonly List<object> _buffered = new();
    private readonly ArrayBufferWriter<byte> _json = new(64 * 1024);
    private readonly Decoder _utf8 = new UTF8Encoding(false).GetDecoder();
    private readonly int _segmentChars;
    private bool _csvHeaderWritten;

    public RecordWriter(TextWriter output, OutputFormat format)
        : this(output, format, DefaultSegmentChars)
    {
    }

    /// <summary>For tests: a small segment size exercises segmented writing without gigabytes of text.</summary>
    internal RecordWriter(TextWriter output, OutputFormat format, int segmentChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentChars, 16);
        _out = output;
        _format = format;
        _segmentChars = segmentChars;
    }

    public void Write(object record)
    {
        switch (_format)
        {
            case OutputFormat.JsonLines:
                using (var writer = new Utf8JsonWriter(_json, LineWriterOptions))
                {
                    WriteRecord(writer, record);
                    writer.Flush();
                }

                Drain();
                _out.WriteLine();
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
            using (var writer = new Utf8JsonWriter(_json, IndentedWriterOptions))
            {
                writer.WriteStartArray();
                foreach (var record in _buffered)
                {
                    WriteRecord(writer, record);
                    writer.Flush();
                    Drain();
                }

                writer.WriteEndArray();
                writer.Flush();
            }

            Drain();
            _out.WriteLine();
        }
        else if (_format == OutputFormat.Table && _buffered.Count > 0)
        {
            WriteTable(_out, _buffered);
        }
        _out.Flush();
    }

    /// <summary>
    /// One record as a JSON object. Records with a string longer than the segment size are written property by property
    /// (same names and order as the serializer's), that string in segments flushed to the output as they go.
    /// </summary>
    private void WriteRecord(Utf8JsonWriter writer, object record)
    {
        var type = record.GetType();
        if (!HasLongString(record, type))
        {
            JsonSerializer.Serialize(writer, record, type, writer.Options.Indented ? IndentedOptions : JsonOptions);
            return;
        }

        var options = writer.Options.Indented ? IndentedOptions : JsonOptions;
        writer.WriteStartObject();
        foreach (var property in options.GetTypeInfo(type).Properties)
        {
            if (property.Get is null)
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            var value = property.Get(record);
            if (value is string text && text.Length > _segmentChars)
            {
                WriteSegmented(writer, text);
            }
            else
            {
                JsonSerializer.Serialize(writer, value, property.PropertyType, options);
            }
        }

        writer.WriteEndObject();
    }

    private bool HasLongString(object record, Type type)
    {
        foreach (var property in StringProperties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0).ToArray()))
        {
            if (property.GetValue(record) is string { Length: var length } && length > _segmentChars)
            {
                return true;
            }
        }

        return false;
    }

    private void WriteSegmented(Utf8JsonWriter writer, string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var length = Math.Min(_segmentChars, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--; // keep a surrogate pair in one segment
            }

            writer.WriteStringValueSegment(text.AsSpan(start, length), isFinalSegment: start + length == text.Length);
            start += length;
            writer.Flush();
            Drain();
        }
    }

    /// <summary>Moves the JSON written so far to the output as text and empties the buffer.</summary>
    private void Drain()
    {
        var bytes = _json.WrittenSpan;
        if (bytes.IsEmpty)
        {
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(_utf8.GetCharCount(bytes, flush: false));
        try
        {
            var count = _utf8.GetChars(bytes, chars, flush: false);
            _out.Write(chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        _json.ResetWrittenCount();
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

    /// <summary>Scalars, plus lists of strings (a record's Warnings), which CSV and tables show joined by "; ".</summary>
    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) ||
               t == typeof(DateTimeOffset) || t == typeof(TimeSpan) || t == typeof(Uri) || t == typeof(IReadOnlyList<string>);
    }

    private static string Display(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        float f => f.ToString("0.###", CultureInfo.InvariantCulture),
        bool b => b ? "True" : "False",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => s.ReplaceLineEndings(" "),
        IEnumerable<string> lines => string.Join("; ", lines.Select(Display)),
        IEnumerable e => string.Join(";", e.Cast<object?>().Select(Display)),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Clip(string value, int width) => value.Length <= width ? value : string.Concat(value.AsSpan(0, width - 1), "…");

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(CsvSpecial) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
