namespace MedDocs.Core.Tests.Simulator;

/// <summary>Schemas shaped like the ones MedDocs sends (categorisation, PHI findings).</summary>
internal static class SampleSchemas
{
    public const string Categorization = """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["category", "confidence", "keywords", "patient", "findings", "pageCount", "urgent", "note"],
          "properties": {
            "category": { "type": "string", "enum": ["LabReport", "Imaging", "DischargeSummary", "Prescription", "Referral", "LegalCorrespondence"] },
            "confidence": { "type": "number", "minimum": 0, "maximum": 1 },
            "keywords": { "type": "array", "items": { "type": "string", "maxLength": 40 }, "minItems": 1, "maxItems": 5 },
            "patient": {
              "type": "object",
              "additionalProperties": false,
              "required": ["dateOfBirth", "ageYears", "sex"],
              "properties": {
                "dateOfBirth": { "type": ["string", "null"], "format": "date" },
                "ageYears": { "type": "integer", "minimum": 0, "maximum": 120 },
                "sex": { "type": "string", "enum": ["female", "male", "unknown"] }
              }
            },
            "findings": { "type": "array", "items": { "$ref": "#/$defs/finding" } },
            "pageCount": { "type": "integer", "minimum": 1 },
            "urgent": { "type": "boolean" },
            "note": { "anyOf": [ { "type": "null" }, { "type": "string", "minLength": 3 } ] }
          },
          "$defs": {
            "finding": {
              "type": "object",
              "required": ["kind", "start", "end"],
              "properties": {
                "kind": { "type": "string", "enum": ["Name", "DateOfBirth", "MRN", "Phone"] },
                "start": { "type": "integer", "minimum": 0 },
                "end": { "type": "integer", "minimum": 0 }
              }
            }
          }
        }
        """;

    public static string ResponseFormat(string schema) =>
        ""","response_format":{"type":"json_schema","json_schema":{"name":"result","strict":true,"schema":""" + schema + "}}";
}
