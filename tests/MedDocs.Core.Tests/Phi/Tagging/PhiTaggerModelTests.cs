using System.IO.Compression;
using MedDocs.Core.Phi;
using MedDocs.Core.Phi.Tagging;

namespace MedDocs.Core.Tests.Phi.Tagging;

/// <summary>The tagger model's file format, its integer scores and what it refuses to load.</summary>
public sealed class PhiTaggerModelTests
{
    private static readonly string[] Labels = ["O", "Name", "Date"];

    private static PhiTaggerModel RoundTrip(IReadOnlyList<string> labels, IEnumerable<(ulong Hash, int[] Weights)> rows)
    {
        using var stream = new MemoryStream();
        PhiTaggerModel.Write(stream, labels, rows);
        stream.Position = 0;
        return PhiTaggerModel.Read(stream);
    }

    private static int[] Scores(PhiTaggerModel model, params ulong[] features)
    {
        var rows = features.Select(model.RowOf).Where(r => r >= 0).ToArray();
        var scores = new int[model.Width];
        model.Score(rows, scores);
        return scores[..model.Labels];
    }

    [Fact]
    public void TheShippedModelLoadsWithTheTypesItWasTrainedOn()
    {
        var model = PhiTaggerModel.Shared;

        Assert.Equal("O", model.LabelNames[0]);
        Assert.Contains("Name", model.LabelNames);
        Assert.Contains("Date", model.LabelNames);
        Assert.Contains("Location", model.LabelNames);
        Assert.DoesNotContain("Year", model.LabelNames);
        Assert.True(model.RowCount > 10_000, $"a trained model weighs tens of thousands of features, not {model.RowCount}");
        for (int l = 1; l < model.Labels; l++)
        {
            Assert.Equal(model.LabelNames[l], model.Types[l].ToString());
        }
    }

    [Fact]
    public void AScoreIsTheSumOfTheFeaturesRowsWhateverTheirSigns()
    {
        var model = RoundTrip(Labels, [(11, [5, -3, 0]), (22, [-700000, 1, 2]), (33, [0, 0, -1])]);

        Assert.Equal([5 - 700000, -3 + 1, 0 + 2 - 1], Scores(model, 11, 22, 33));
        Assert.Equal([-700000, 1, 2], Scores(model, 22));
        // A feature the model does not know adds nothing.
        Assert.Equal([5, -3, 0], Scores(model, 11, 44));
    }

    [Fact]
    public void EighteenLabelsScoreAlikeWithRowsReadInOverlappingVectors()
    {
        // 18 labels is the shipped model's count: the row is read in three vectors, the last overlapping the second.
        string[] labels = ["O", .. Enum.GetNames<PhiType>().Where(n => n != "Year").Take(17)];
        var random = new Random(3);
        var rows = Enumerable.Range(1, 50).Select(h => ((ulong)h, Enumerable.Range(0, 18).Select(_ => random.Next(-1000, 1000)).ToArray())).ToList();
        var model = RoundTrip(labels, rows);

        ulong[] picked = [3, 17, 17, 41, 50, 2];
        var expected = new int[18];
        foreach (ulong hash in picked)
        {
            var row = rows[(int)hash - 1].Item2;
            for (int l = 0; l < 18; l++)
            {
                expected[l] += row[l];
            }
        }
        Assert.Equal(expected, Scores(model, picked));
    }

    [Fact]
    public void ATruncatedModelIsRefused()
    {
        using var whole = new MemoryStream();
        PhiTaggerModel.WritePayload(whole, Labels, [(7, [1, 2, 3]), (9, [4, 0, 6])]);
        var bytes = whole.ToArray();
        for (int cut = 1; cut < bytes.Length; cut++)
        {
            Assert.Throws<InvalidDataException>(() => PhiTaggerModel.ReadPayload(new MemoryStream(bytes[..cut])));
        }
        Assert.Equal([5, 2, 9], Scores(PhiTaggerModel.ReadPayload(new MemoryStream(bytes)), 7, 9));
    }

    [Fact]
    public void TwoFeaturesWithOneHashAreRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => RoundTrip(Labels, [(7, [1, 0, 0]), (7, [0, 1, 0])]));
        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALabelThatIsNoPhiTypeIsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => RoundTrip(["O", "Name", "Nickname"], [(7, [1, 0, 0])]));
        Assert.Contains("Nickname", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStreamThatIsNoModelIsRefused()
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("not a model at all"u8);
        }
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => PhiTaggerModel.Read(stream));
    }
}
