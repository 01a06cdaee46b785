namespace MedDocs.Simulator;

/// <summary>Which LM Studio generation the simulator imitates.</summary>
public enum LmStudioApiVersion
{
    /// <summary>LM Studio 0.3.x: <c>/api/v0/models</c> only; <c>/api/v1/*</c> answers "Unexpected endpoint".</summary>
    V0,

    /// <summary>LM Studio 0.4: <c>/api/v0/models</c> and the newer <c>/api/v1/models</c>.</summary>
    V1,
}
