using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The later name passes (shorthand, sign-out beds, user columns, dialogue) visit only the tokens the main walk notes for them;
/// on random texts they find the same names, in the same order, as when they visit every word (the plain walk).
/// </summary>
public sealed class ContextNameLaterPassesRandomTests
{
    [Fact]
    public void Noted_tokens_find_what_walking_every_word_finds()
    {
        string[] words =
        [
            "bed", "BED", "bd", "rm", "Room", "Tech", "TECH", "Operator", "User", "Initials", "Entered", "Nurse", "by", "BY", "verified", "Verified",
            "d", "w", "W", "with", "discussed", "spoke", "per", "RN", "rn", "covering", "pgr", "pager", "beeper", "renal", "RENAL", "ID", "lactation",
            "interpreter", "fellow", "hi", "Hi", "hey", "thanks", "thank", "you", "morning", "good", "name", "is", "this", "that", "speaking", "the",
            "charge", "nurse", "Okoro", "okoro", "KOWALSKI", "Kowalski", "Adebayo-Nwosu", "chen-lowry", "grace", "Grace", "ines", "marisol",
            "Marisol", "odette", "bronwen", "tadeusz", "moyo", "quist", "hoang", "gus", "Akinyemi", "smith", "will", "hope", "g", "r", "a", "c",
            "e", "i", "n", "s", "M", "F", "m", "f", "yo", "rjm", "RJM", "kp", "mtr", "th", "kmb", "hr", "what's", "your", "caller", "and", "date",
            "of", "birth", "nine", "four", "sepsis", "DKA", "to", "at", "my", "mgmt", "case", "x4", "Dr", "son", "wife", "LROSEN", "AC", "breakfast",
        ];
        string[] glue = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "\n\n", ", ", ". ", ": ", " - ", " (", ") ", "/", " / ", "12", " 68", " 4 ", "?"];
        // A text with a non-ASCII character notes its tokens otherwise (NoteInMixedText): a third of the rounds have one or more.
        string[] nonAscii = ["’", "é", "—", "ſ", "\u212A", "ı", "İ", "caf\u00E9", "Ø"];
        var random = new Random(8080);
        int found = 0;
        for (int round = 0; round < 6000; round++)
        {
            var text = new StringBuilder();
            for (int j = random.Next(1, 40); j > 0; j--)
            {
                text.Append(random.Next(3) == 0 ? glue[random.Next(glue.Length)] : words[random.Next(words.Length)]);
                if (random.Next(4) > 0)
                {
                    text.Append(random.Next(5) == 0 ? glue[random.Next(glue.Length)] : " ");
                }
            }
            for (int k = round % 3 == 0 ? random.Next(1, 4) : 0; k > 0; k--)
            {
                text.Insert(random.Next(text.Length + 1), nonAscii[random.Next(nonAscii.Length)]);
            }
            string s = text.ToString();
            var noted = Findings(s, walkEveryWord: false);
            var plain = Findings(s, walkEveryWord: true);
            Assert.True(plain.SequenceEqual(noted), s);
            found += plain.Count;
        }
        Assert.True(found > 1000, $"only {found} findings: the texts hardly exercise the passes");
    }

    private static List<string> Findings(string text, bool walkEveryWord)
    {
        var sink = new FindingSink(text);
        ContextNameRules.Collect(sink, walkEveryWord);
        return sink.Findings.Select(f => $"{f.Type} {f.Start} {f.Length} {f.Rule} {f.Confidence}").ToList();
    }
}
