namespace MedDocs.Core.Phi;

/// <summary>
/// The HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) as MedDocs reports them.
/// </summary>
/// <remarks>
/// <see cref="Age"/> is only reported for ages over 89. <see cref="Location"/> covers street addresses,
/// PO boxes and cities in address context (states are not identifiers). NPI and DEA numbers are
/// <see cref="LicenseNumber"/>; credit-card numbers and other unique numbers without a type of their own are <see cref="Other"/>.
/// </remarks>
public enum PhiType
{
    Name,
    Date,
    Age,
    Phone,
    Fax,
    Email,
    Ssn,
    Mrn,
    HealthPlanId,
    AccountNumber,
    LicenseNumber,
    VehicleId,
    DeviceId,
    Url,
    IpAddress,
    Location,
    Zip,
    Other,

    /// <summary>
    /// A year standing alone ("in 2019", "since 1998", "'98"). Not a Safe Harbor identifier: reported only when asked
    /// for (<see cref="PhiRulesEngine.IncludeYears"/>, Find-Phi -Type Year, meddocs phi --type Year), for stricter de-identification.
    /// </summary>
    Year,
}
