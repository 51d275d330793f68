using System.Text.RegularExpressions;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Mail;

/// <summary>The SMTP options (manual §2.2), with the password kept encrypted by the host.</summary>
internal static partial class MailSettings
{
    public const string Server = "smtp_server";
    public const string Port = "smtp_port";
    public const string Security = "smtp_security";
    public const string User = "smtp_user";
    public const string Password = "smtp_pass";
    public const string From = "smtp_from";
    public const string CheckCertificate = "smtp_check_certificate";

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new(Server, "SMTP server", SettingKind.Text, "")
            { Help = "Host name or address of the mail server, such as mail.example.org. Leave empty to send no mail.", MaxLength = 253, Validate = ValidateHost },
        new(Port, "SMTP port", SettingKind.Integer, "25")
            { Help = "25 or 587 for plain or STARTTLS, 465 for TLS.", Minimum = 1, Maximum = 65535 },
        new(Security, "Connection security", SettingKind.Choice, "starttls")
        {
            Help = "STARTTLS upgrades a plain connection when the server offers it and refuses to send otherwise; TLS encrypts from the start; None sends in clear text.",
            Choices = [new("none", "None"), new("starttls", "STARTTLS"), new("tls", "TLS")],
        },
        new(User, "SMTP user name", SettingKind.Text, "") { Help = "Only if the server requires authentication.", MaxLength = 200 },
        new(Password, "SMTP password", SettingKind.Secret, "") { Help = "Stored encrypted. Leave empty to keep the current one.", MaxLength = 200 },
        new(From, "Sender address", SettingKind.Text, "nodepoint@localhost")
            { Help = "The address notifications come from (the manual's \"support email\").", Required = true, MaxLength = 99, Validate = ValidateAddress },
        new(CheckCertificate, "Check the server's certificate", SettingKind.Boolean, "true")
            { Help = "Switch off only for a server with a self-signed certificate on a network you trust." },
    ];

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")]
    private static partial Regex HostPattern();

    private static string? ValidateHost(string value) =>
        HostPattern().IsMatch(value) ? null : "must be a host name or address, without a port (set the port below).";

    private static string? ValidateAddress(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value ? null : "must be one email address.";
}
