namespace MedDocs.Core.Providers;

/// <summary>A JSON schema the answer must follow (sent as response_format json_schema).</summary>
/// <param name="Name">Schema name, letters/digits/underscores.</param>
/// <param name="SchemaJson">The JSON schema document as text.</param>
public sealed record JsonSchemaFormat(string Name, string SchemaJson, bool Strict = true);

/// <summary>What to ask the model. Null values fall back to the client's settings.</summary>
public sealed record ChatRequest(IReadOnlyList<ChatMessage> Messages)
{
    public string? Model { get; init; }
    public JsonSchemaFormat? Schema { get; init; }
    public int? MaxTokens { get; init; }
    public double? Temperature { get; init; }
}
