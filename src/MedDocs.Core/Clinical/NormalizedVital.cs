namespace MedDocs.Core.Clinical;

/// <summary>A vital sign's value in a standard unit (°C, kg, cm, bpm, breaths/min, %, mmHg).</summary>
public sealed record NormalizedVital(string Value, string Unit);
