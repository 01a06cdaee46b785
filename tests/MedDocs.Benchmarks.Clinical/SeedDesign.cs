using MedDocs.Core.Providers;

namespace MedDocs.Benchmarks.Clinical;

/// <summary>
/// The seed's medical_processing_activity: four sequential calls (PHI, entities, SOAP, structure with the transcript
/// and the entities), free text, no chunking — its prompts verbatim, its max_tokens per call.
/// </summary>
internal static class SeedDesign
{
    private const string PhiSystem = """
        You are a HIPAA-compliant PHI detection system. 
        Identify and extract all Protected Health Information including:
        - Names, addresses, dates
        - Phone numbers, emails, SSNs
        - Medical Record Numbers (MRNs)
        - Account numbers, identifiers
        Return results as JSON with entity type, text, and position.
        """;

    private const string EntitySystem = """
        You are a medical entity extraction system.
        Extract and categorize:
        - Diagnoses (ICD codes if possible)
        - Medications (with dosage)
        - Procedures
        - Symptoms
        - Vital signs
        - Allergies
        Return as structured JSON.
        """;

    private const string SoapSystem = """
        You are a medical documentation specialist.
        Generate a complete SOAP note from consultation transcripts.

        Format:
        **Subjective**: Patient's reported symptoms and history
        **Objective**: Clinical observations and exam findings
        **Assessment**: Diagnosis and clinical reasoning
        **Plan**: Treatment plan and follow-up

        Be thorough but concise. Use medical terminology appropriately.
        """;

    private const string StructureSystem = """
        Structure medical consultation data into a comprehensive document.
        Include:
        1. Chief Complaint
        2. History of Present Illness
        3. Past Medical History
        4. Medications
        5. Allergies
        6. Physical Examination
        7. Assessment
        8. Plan
        9. Follow-up Instructions
        """;

    public const string EntityMarker = "medical entity extraction system";

    public sealed record Outcome(int Calls, int PromptTokens, int CompletionTokens, int Failed, string? Failure);

    public static async Task<Outcome> RunAsync(LlmClient client, string transcript, CancellationToken cancellationToken)
    {
        var calls = 0;
        var prompt = 0;
        var completion = 0;
        var failed = 0;
        string? failure = null;

        async Task<string> Ask(string system, string user, int maxTokens, double? temperature)
        {
            calls++;
            try
            {
                var result = await client.CompleteAsync(new ChatRequest([ChatMessage.System(system), ChatMessage.User(user)]) { MaxTokens = maxTokens, Temperature = temperature }, cancellationToken);
                prompt += result.PromptTokens;
                completion += result.CompletionTokens;
                return result.Content;
            }
            catch (LlmException ex)
            {
                // What the call would have cost: the tokens sent (the simulator counts ceil(chars/4)).
                prompt += TokenBudget.Estimate(system) + TokenBudget.Estimate(user);
                failed++;
                failure ??= ex.Kind.ToString();
                return string.Empty;
            }
        }

        await Ask(PhiSystem, $"Detect PHI in this medical text:\n\n{transcript}", 1024, 0.0);
        var entities = await Ask(EntitySystem, $"Extract medical entities:\n\n{transcript}", 2048, null);
        await Ask(SoapSystem, $"Generate SOAP note for:\n\n{transcript}", 2048, null);
        var context = $"\nTranscript: {transcript}\n\nIdentified Medical Entities:\n{entities}\n\nCreate a comprehensive structured medical document.\n";
        await Ask(StructureSystem, context, 3072, null);
        return new Outcome(calls, prompt, completion, failed, failure);
    }
}
