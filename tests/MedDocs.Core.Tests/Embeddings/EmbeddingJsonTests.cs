using System.Text.Json;
using MedDocs.Cli;
using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

public sealed class EmbeddingJsonTests
{
    [Fact]
    public void JsonKeepsEveryBitOfTheVector()
    {
        var random = new Random(20240607);
        var vector = Enumerable.Range(0, 768).Select(_ => (float)((random.NextDouble() * 2) - 1) / 3f).ToArray();
        vector[0] = float.Epsilon;
        vector[1] = 0.1f;
        vector[2] = -1f / 3f;
        var record = new EmbeddingRecord { Path = "/docs/note.txt", Vector = vector, Model = "m", Provider = "lmstudio", Engine = "llm" };
        using var text = new StringWriter();

        using (var writer = new RecordWriter(text, OutputFormat.JsonLines))
        {
            writer.Write(record);
        }
        using var json = JsonDocument.Parse(text.ToString());
        var read = json.RootElement.GetProperty("Vector").EnumerateArray().Select(e => e.GetSingle()).ToArray();

        Assert.Equal(768, json.RootElement.GetProperty("Dimensions").GetInt32());
        Assert.Equal(vector.Select(BitConverter.SingleToInt32Bits), read.Select(BitConverter.SingleToInt32Bits));
    }
}
