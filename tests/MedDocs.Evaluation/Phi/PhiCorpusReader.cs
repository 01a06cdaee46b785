using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedDocs.Evaluation;

/// <summary>
/// Reads labelled corpora in the presidio-research layout: a JSON array of
/// <c>{"full_text", "spans": [{"entity_type", "entity_value", "start_position", "end_position"}]}</c>.
/// Entity types are either MedDocs <see cref="PhiType"/> names or presidio names, mapped as
/// PERSON→Name, STREET_ADDRESS/GPE→Location, PHONE_NUMBER→Phone, EMAIL_ADDRESS→Email, US_SSN→Ssn,
/// CREDIT_CARD→Other, DATE_TIME→Date, ZIP_CODE→Zip, IP_ADDRESS→IpAddress, DOMAIN_NAME→Url, AGE→Age,
/// US_DRIVER_LICENSE→LicenseNumber, IBAN_CODE→AccountNumber; TITLE, NRP and ORGANIZATION are not identifiers.
/// Spans that Safe Harbor does not count are dropped: ages up to 89, and presidio DATE_TIME values that are a bare
/// year or hold no number (weekdays, "this morning"). A "Year" span maps to the opt-in <see cref="PhiType.Year"/>.
/// </summary>
public static class PhiCorpusReader
{
    public static async Task<IReadOnlyList<PhiLabelledDocument>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        List<CorpusRecord>? records;
        try
        {
            await using var stream = File.OpenRead(path);
            records = await JsonSerializer.DeserializeAsync(stream, PhiCorpusJsonContext.Default.ListCorpusRecord, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The labelled corpus '{path}' is not a JSON array of records with full_text and spans (line {ex.LineNumber}).", ex);
        }
        if (records is null)
        {
            throw new InvalidDataException($"The labelled corpus '{path}' is empty; expected a JSON array of records.");
        }
        var documents = new List<PhiLabelledDocument>(records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            documents.Add(ToDocument(records[i], path, i));
        }
        return documents;
    }

    /// <summary>The MedDocs type for a corpus entity type, or null when it is not a Safe Harbor identifier.</summary>
    public static PhiType? MapEntityType(string entityType) => entityType switch
    {
        "PERSON" => PhiType.Name,
        "STREET_ADDRESS" or "GPE" => PhiType.Location,
        "PHONE_NUMBER" => PhiType.Phone,
        "EMAIL_ADDRESS" => PhiType.Email,
        "US_SSN" => PhiType.Ssn,
        "CREDIT_CARD" => PhiType.Other,
        "DATE_TIME" => PhiType.Date,
        "ZIP_CODE" => PhiType.Zip,
        "IP_ADDRESS" => PhiType.IpAddress,
        "DOMAIN_NAME" => PhiType.Url,
        "AGE" => PhiType.Age,
        "US_DRIVER_LICENSE" => PhiType.LicenseNumber,
        "IBAN_CODE" => PhiType.AccountNumber,
        _ => Enum.TryParse<PhiType>(entityType, ignoreCase: false, out var own) && Enum.IsDefined(own) && !int.TryParse(entityType, out _) ? own : null,
    };

    private static PhiLabelledDocument ToDocument(CorpusRecord record, string path, int index)
    {
        string text = record.FullText ?? throw new InvalidDataException($"Record {index} of '{path}' has no full_text.");
        var spans = new List<PhiGoldSpan>();
        foreach (var span in record.Spans ?? [])
        {
            int length = span.EndPosition - span.StartPosition;
            if (span.StartPosition < 0 || length <= 0 || span.EndPosition > text.Length
                || (span.EntityValue is not null && string.CompareOrdinal(text, span.StartPosition, span.EntityValue, 0, length) != 0))
            {
                throw new InvalidDataException(
                    $"Record {index} of '{path}': a {span.EntityType} span at {span.StartPosition}..{span.EndPosition} does not match full_text; regenerate the offsets.");
            }
            if (MapEntityType(span.EntityType ?? "") is not PhiType type)
            {
                continue;
            }
            string value = text.Substring(span.StartPosition, length);
            if (CountsUnderSafeHarbor(type, value, span.EntityType == "DATE_TIME"))
            {
                spans.Add(new PhiGoldSpan(type, span.StartPosition, length, value));
            }
        }
        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new PhiLabelledDocument(record.Id ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture), text, spans);
    }

    /// <summary>
    /// Presidio's DATE_TIME also labels bare years and phrases without a number ("this morning"), which Safe Harbor
    /// does not count; a corpus that uses MedDocs' own "Date" means a date element ("june tenth" included).
    /// </summary>
    private static bool CountsUnderSafeHarbor(PhiType type, string value, bool presidioDateTime) => type switch
    {
        PhiType.Age => int.TryParse(value.Trim(), out int age) && age > 89,
        PhiType.Date when presidioDateTime => value.Any(char.IsAsciiDigit) && !(value.Trim().Length == 4 && value.Trim().All(char.IsAsciiDigit)),
        _ => true,
    };
}

internal sealed class CorpusRecord
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("full_text")]
    public string? FullText { get; set; }

    [JsonPropertyName("spans")]
    public List<CorpusSpan>? Spans { get; set; }
}

internal sealed class CorpusSpan
{
    [JsonPropertyName("entity_type")]
    public string? EntityType { get; set; }

    [JsonPropertyName("entity_value")]
    public string? EntityValue { get; set; }

    [JsonPropertyName("start_position")]
    public int StartPosition { get; set; }

    [JsonPropertyName("end_position")]
    public int EndPosition { get; set; }
}

[JsonSerializable(typeof(List<CorpusRecord>))]
internal sealed partial class PhiCorpusJsonContext : JsonSerializerContext;
