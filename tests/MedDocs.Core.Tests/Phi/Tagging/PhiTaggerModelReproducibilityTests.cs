using System.IO.Compression;
using MedDocs.Core.Phi;
using MedDocs.Core.Phi.Tagging;
using MedDocs.Evaluation;

namespace MedDocs.Core.Tests.Phi.Tagging;

/// <summary>
/// The shipped model is exactly what the committed trainer makes from the committed corpora and the current rules: a
/// change of the rules, the features or the corpora that is not followed by retraining fails here.
/// </summary>
public sealed class PhiTaggerModelReproducibilityTests
{
    [Fact]
    public async Task RetrainingFromTheCommittedCorporaGivesTheShippedModelByteForByte()
    {
        var training = await PhiTaggerTrainer.LoadAsync(PhiTestData.CorporaDirectory, PhiTaggerTrainer.TrainingSplits);
        var retrained = PhiTaggerTrainer.Train(training, new PhiRulesEngine().Find, new PhiTaggerTrainingOptions());

        using var resource = typeof(PhiTaggerModel).Assembly.GetManifestResourceStream("MedDocs.Core.Phi.phi-tagger.model.gz")!;
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var shipped = new MemoryStream();
        gzip.CopyTo(shipped);

        Assert.True(retrained.AsSpan().SequenceEqual(shipped.ToArray()),
            "The shipped PHI tagger model is not what training gives today (rules, features or corpora changed): run " +
            "`dotnet run -c Release --project tests/MedDocs.PhiTagger -- --write-model` and commit src/MedDocs.Core/Phi/Tagging/phi-tagger.model.gz.");
    }

    [Fact]
    public async Task TrainingTwiceGivesTheSameBytesAndAnotherSeedDoesNot()
    {
        // A small training set keeps this quick; what matters is that nothing but the inputs decides the bytes.
        var notes = (await PhiTaggerTrainer.LoadAsync(PhiTestData.CorporaDirectory, ["test"])).Take(40).ToList();
        var rules = new PhiRulesEngine();
        var first = PhiTaggerTrainer.Train(notes, rules.Find, new PhiTaggerTrainingOptions { Epochs = 3 });
        var second = PhiTaggerTrainer.Train(notes, rules.Find, new PhiTaggerTrainingOptions { Epochs = 3 });
        var otherSeed = PhiTaggerTrainer.Train(notes, rules.Find, new PhiTaggerTrainingOptions { Epochs = 3, Seed = 18 });

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }
}
