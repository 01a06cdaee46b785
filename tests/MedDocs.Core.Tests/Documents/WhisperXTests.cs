using System.Text.Json.Nodes;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

public sealed class WhisperXTests : IDisposable
{
    private const string FixtureName = "ortho-followup-consultation.whisperx.json";
    private readonly TempFolder _folder = new();
    private readonly DocumentLoader _loader = new();

    public void Dispose() => _folder.Dispose();

    private static JsonArray FixtureSegments() =>
        JsonNode.Parse(File.ReadAllText(Samples.PathOf(FixtureName)))!["segments"]!.AsArray();

    private static readonly Dictionary<string, string> DoctorPatient = new()
    {
        ["SPEAKER_00"] = "Doctor",
        ["SPEAKER_01"] = "Patient",
    };

    [Fact]
    public async Task TheFixtureLoadsAsATranscriptWithEverySegment()
    {
        var raw = FixtureSegments();

        var document = await _loader.LoadAsync(Samples.PathOf(FixtureName), CancellationToken.None);

        Assert.Equal(DocumentKind.WhisperX, document.Kind);
        var transcript = Assert.IsAssignableFrom<IReadOnlyList<TranscriptSegment>>(document.Transcript);
        Assert.Equal(raw.Count, transcript.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            Assert.Equal(raw[i]!["text"]!.GetValue<string>().Trim(), transcript[i].Text);
            Assert.Equal(raw[i]!["start"]!.GetValue<double>(), transcript[i].Start);
            Assert.Equal(raw[i]!["end"]!.GetValue<double>(), transcript[i].End);
            Assert.Equal(raw[i]!["speaker"]?.GetValue<string>(), transcript[i].Speaker);
        }

        Assert.Single(transcript, s => s.Speaker is null);
    }

    [Fact]
    public async Task TextIsDialogueWithConsecutiveTurnsMerged()
    {
        var document = await _loader.LoadAsync(Samples.PathOf(FixtureName), CancellationToken.None);
        var transcript = document.Transcript!;

        // One line per change of speaker.
        var expectedTurns = 1 + Enumerable.Range(1, transcript.Count - 1).Count(i => transcript[i].Speaker != transcript[i - 1].Speaker);
        var lines = document.Text.Split('\n');
        Assert.Equal(expectedTurns, lines.Length);
        Assert.True(expectedTurns < transcript.Count, "the fixture has consecutive segments by one speaker");
        Assert.All(lines, l => Assert.Matches("^(SPEAKER_0[01]|UNKNOWN): ", l));
        Assert.Contains($"{WhisperXTranscript.UnknownSpeaker}: Mm-hmm.", lines);

        // Every segment's text is present, in order.
        var position = 0;
        foreach (var segment in transcript)
        {
            var found = document.Text.IndexOf(segment.Text, position, StringComparison.Ordinal);
            Assert.True(found >= position, $"segment at {segment.Start}s missing or out of order");
            position = found + segment.Text.Length;
        }
    }

    [Fact]
    public async Task ASpeakerMapRenamesSpeakers()
    {
        var document = await _loader.LoadAsync(Samples.PathOf(FixtureName), CancellationToken.None);

        var text = WhisperXTranscript.Render(document.Transcript!, DoctorPatient);

        Assert.DoesNotContain("SPEAKER_0", text, StringComparison.Ordinal);
        Assert.StartsWith("Doctor: Good morning, Ms. Whitfield.", text, StringComparison.Ordinal);
        Assert.Contains("\nPatient: Better than it was. The pain is mostly a three out of ten now. But it gets worse", text, StringComparison.Ordinal);
        Assert.Contains("\nUNKNOWN: Mm-hmm.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentsMappedToTheSameNameMergeAndKeysIgnoreCase()
    {
        TranscriptSegment[] segments =
        [
            new("SPEAKER_00", 0, 1, "Hello."),
            new("SPEAKER_02", 1, 2, "I'm the resident."),
            new("SPEAKER_01", 2, 3, "Hi."),
        ];
        var map = new Dictionary<string, string> { ["speaker_00"] = "Clinician", ["SPEAKER_02"] = "Clinician" };

        Assert.Equal("Clinician: Hello. I'm the resident.\nSPEAKER_01: Hi.", WhisperXTranscript.Render(segments, map));
    }

    [Fact]
    public void WithoutDiarizationEachSegmentIsAPlainLine()
    {
        TranscriptSegment[] segments = [new(null, 0, 1, "First."), new(null, 1, 2, "Second.")];

        Assert.Equal("First.\nSecond.", WhisperXTranscript.Render(segments));
    }

    [Fact]
    public void ParseSkipsEmptySegmentsAndToleratesMissingFields()
    {
        const string json = """{"segments":[{"start":1.5,"text":"  Only start  "},{"text":""},{"end":4,"text":"No start","speaker":" "}],"word_segments":[]}""";

        var segments = WhisperXTranscript.Parse(json)!;

        Assert.Equal(2, segments.Count);
        Assert.Equal(new TranscriptSegment(null, 1.5, 1.5, "Only start"), segments[0]);
        Assert.Equal(new TranscriptSegment(null, 0, 4, "No start"), segments[1]);
    }

    [Fact]
    public void JsonWithoutSegmentsIsNotATranscript()
    {
        Assert.Null(WhisperXTranscript.Parse("""{"text":"hello"}"""));
        Assert.Null(WhisperXTranscript.Parse("""[1,2,3]"""));
        Assert.Null(WhisperXTranscript.Parse("""{"segments":{}}"""));
    }

    [Fact]
    public void SpeakerMapsParseFromCommandLineText()
    {
        var map = WhisperXTranscript.ParseSpeakerMap("SPEAKER_00=Doctor, SPEAKER_01:Patient;SPEAKER_02 = Nurse");

        Assert.Equal("Doctor", map["speaker_00"]);
        Assert.Equal("Patient", map["SPEAKER_01"]);
        Assert.Equal("Nurse", map["SPEAKER_02"]);
        Assert.Throws<FormatException>(() => WhisperXTranscript.ParseSpeakerMap("SPEAKER_00"));
        Assert.Throws<FormatException>(() => WhisperXTranscript.ParseSpeakerMap("=Doctor"));
    }

    [Fact]
    public async Task AWhisperXFileSavedAsTxtIsStillATranscript()
    {
        var path = _folder.Write("consult.txt", File.ReadAllBytes(Samples.PathOf(FixtureName)));

        var document = await _loader.LoadAsync(path, CancellationToken.None);

        Assert.Equal(DocumentKind.WhisperX, document.Kind);
    }

    [Fact]
    public async Task JsonThatIsNotATranscriptIsRefusedWithoutQuotingIt()
    {
        var path = _folder.Write("export.json", """{"patient":"SECRET-NAME-9137","notes":"x"}""");

        var error = await Assert.ThrowsAsync<DocumentException>(() => _loader.LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Unsupported, error.Kind);
        Assert.Contains("export.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-NAME-9137", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenJsonIsCorrupt()
    {
        var path = _folder.Write("cut-off.json", """{"segments":[{"start":0,"end":1,"text":"SECRET-TEXT-4411""");

        var error = await Assert.ThrowsAsync<DocumentException>(() => _loader.LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Corrupt, error.Kind);
        Assert.DoesNotContain("SECRET-TEXT-4411", error.Message, StringComparison.Ordinal);
    }
}
