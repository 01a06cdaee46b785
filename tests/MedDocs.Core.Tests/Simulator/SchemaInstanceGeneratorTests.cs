using System.Text.Json;
using System.Text.Json.Nodes;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Simulator;

public sealed class SchemaInstanceGeneratorTests
{
    [Theory]
    [InlineData("""{"type":"integer","minimum":10,"maximum":12}""")]
    [InlineData("""{"type":"integer","exclusiveMinimum":0,"multipleOf":5,"maximum":50}""")]
    [InlineData("""{"type":"number","minimum":0.5,"maximum":0.6}""")]
    [InlineData("""{"type":"string","minLength":30}""")]
    [InlineData("""{"type":"string","maxLength":3}""")]
    [InlineData("""{"type":"array","items":{"type":"string","enum":["a","b","c"]},"minItems":3,"uniqueItems":true}""")]
    [InlineData("""{"type":"array","items":{"type":"integer"},"maxItems":0}""")]
    [InlineData("""{"type":["null","boolean"]}""")]
    [InlineData("""{"oneOf":[{"type":"null"},{"type":"object","properties":{"x":{"type":"string"}},"required":["x"]}]}""")]
    [InlineData("""{"allOf":[{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]},{"type":"object","properties":{"b":{"type":"boolean"}},"required":["b"]}]}""")]
    [InlineData("""{"type":"object","properties":{"when":{"type":"string","format":"date-time"},"id":{"type":"string","format":"uuid"},"kind":{"const":"fixed"}},"required":["when","id","kind"]}""")]
    [InlineData("""{"$defs":{"node":{"type":"object","properties":{"label":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/node"}}},"required":["label"]}},"$ref":"#/$defs/node"}""")]
    public void GeneratedInstancesValidate(string schemaJson)
    {
        JsonElement schema = JsonDocument.Parse(schemaJson).RootElement;

        JsonNode? instance = SchemaInstanceGenerator.Generate(schema, "seed text");

        Assert.Empty(TestSchemaValidator.Errors(schema, instance?.ToJsonString() ?? "null"));
    }

    [Fact]
    public void UniqueEnumItemsAreDistinct()
    {
        JsonElement schema = JsonDocument.Parse("""{"type":"array","items":{"enum":["a","b","c"]},"minItems":3}""").RootElement;

        JsonArray items = SchemaInstanceGenerator.Generate(schema, "x")!.AsArray();

        Assert.Equal(3, items.Select(i => i!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public void FormatsLookLikeTheirFormat()
    {
        JsonElement schema = JsonDocument.Parse("""{"type":"object","properties":{"d":{"type":"string","format":"date"},"e":{"type":"string","format":"email"}}}""").RootElement;

        JsonObject value = SchemaInstanceGenerator.Generate(schema, "x")!.AsObject();

        Assert.True(DateOnly.TryParseExact(value["d"]!.GetValue<string>(), "yyyy-MM-dd", out _));
        Assert.Contains('@', value["e"]!.GetValue<string>());
    }
}
