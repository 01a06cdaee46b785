namespace MedDocs.Simulator;

/// <summary>One chat message: its role, its text parts joined, and how many images it carried.</summary>
public sealed record SimulatedMessage(string Role, string Text, int ImageCount);
