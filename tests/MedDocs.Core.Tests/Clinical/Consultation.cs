using System.Globalization;
using System.Text;

namespace MedDocs.Core.Tests.Clinical;

/// <summary>Synthetic consultations (invented people and numbers) for the clinical tests.</summary>
internal static class Consultation
{
    /// <summary>A short primary-care visit with identifiers the PHI rules engine must catch.</summary>
    public const string Pneumonia =
        "Doctor: Good morning, Mr. Halvorsen. Before we start, I have your chart here. MRN: 48213377, date of birth 03/14/1962, is that right?\n" +
        "Patient: Yes, that's right.\n" +
        "Doctor: What brings you in today?\n" +
        "Patient: I've had a cough and fever for four days, and I get short of breath climbing the stairs.\n" +
        "Doctor: Any chest pain?\n" +
        "Patient: A little, on the right side, when I cough. I took ibuprofen 400 mg twice a day and it helps with the fever.\n" +
        "Doctor: Do you have any allergies to medications?\n" +
        "Patient: Penicillin gives me hives.\n" +
        "Doctor: Your temperature is 101.2 F, heart rate 104 bpm, blood pressure 132/84, and oxygen saturation 93 percent on room air. " +
        "I hear crackles at the right lung base.\n" +
        "Doctor: This looks like community-acquired pneumonia. We'll get a chest X-ray today, and I'm starting azithromycin 500 mg by mouth once daily for three days.\n" +
        "Doctor: If you get more short of breath, call the clinic at (503) 555-0142. Let's follow up in one week.\n";

    /// <summary>The identifiers in <see cref="Pneumonia"/> that must never reach a model under -RedactPhi.</summary>
    public static readonly string[] PneumoniaPhi = ["Halvorsen", "48213377", "03/14/1962", "(503) 555-0142"];

    /// <summary>A long follow-up visit built from numbered topics ("Topic 07"), so a test can see which reached the merge.</summary>
    public static string Long(int minimumChars, out IReadOnlyList<string> markers)
    {
        var builder = new StringBuilder();
        var found = new List<string>();
        for (var topic = 1; builder.Length < minimumChars; topic++)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"Topic {topic:00}");
            found.Add(marker);
            builder.Append(CultureInfo.InvariantCulture, $"Doctor: Let's go on to {marker}. How has the knee been when you walk the dog in the morning, and does the swelling come back by the evening?\n");
            builder.Append("Patient: It aches after about twenty minutes, mostly on the inside of the knee, and it's stiff when I get up from a chair. ");
            builder.Append("The ibuprofen takes the edge off but I try not to take it every day because of my stomach.\n");
            builder.Append("Doctor: That's sensible. Keep up the quadriceps exercises from physical therapy, ice for fifteen minutes after activity, and tell me if the knee locks or gives way.\n\n");
        }
        markers = found;
        return builder.ToString();
    }
}
