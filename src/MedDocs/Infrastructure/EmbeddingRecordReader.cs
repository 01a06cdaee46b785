using System.Globalization;
using System.Management.Automation;
using MedDocs.Core.Embeddings;

namespace MedDocs.Infrastructure;

/// <summary>
/// Reads an embedding record from any object that has its fields: Get-Embedding's own records, and the same records
/// after ConvertFrom-Json, Import-Csv of a JSON column, Import-Clixml or Receive-Job (where they arrive as property
/// bags and the vector as a list of numbers). Vector and Model are required; the rest is carried when present.
/// </summary>
internal static class EmbeddingRecordReader
{
    public static bool TryRead(PSObject item, out EmbeddingRecord? record, out string? problem)
    {
        record = null;
        if (item.BaseObject is EmbeddingRecord own)
        {
            record = own;
            problem = null;
            return true;
        }
        var vector = Value(item, "Vector");
        var model = Text(item, "Model");
        if (vector is null || model is null)
        {
            problem = $"An object of type {item.BaseObject.GetType().Name} is not an embedding record: it needs Vector and Model properties (as Get-Embedding writes them).";
            return false;
        }
        float[] numbers;
        try
        {
            numbers = LanguagePrimitives.ConvertTo<float[]>(vector);
        }
        catch (PSInvalidCastException)
        {
            problem = "The record's Vector is not a list of numbers.";
            return false;
        }
        record = new EmbeddingRecord
        {
            Path = Text(item, "Path"),
            Label = Text(item, "Label"),
            ChunkIndex = Number(item, "ChunkIndex"),
            Start = Number(item, "Start"),
            Length = Number(item, "Length"),
            Text = Text(item, "Text"),
            Vector = numbers,
            Model = model,
            Provider = Text(item, "Provider") ?? "builtin",
            Endpoint = Text(item, "Endpoint"),
            Engine = Text(item, "Engine") ?? "llm",
            Task = Text(item, "Task"),
        };
        problem = null;
        return true;
    }

    private static object? Value(PSObject item, string name) => item.Properties[name]?.Value;

    private static string? Text(PSObject item, string name) =>
        Value(item, name) is { } value && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null;

    private static int Number(PSObject item, string name) =>
        Value(item, name) is { } value && LanguagePrimitives.TryConvertTo<int>(value, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
