namespace MedDocs.Simulator;

/// <summary>What happens to a generation request before the server looks at it.</summary>
internal enum TransportFault
{
    None,
    Drop,
    Fail,
}
