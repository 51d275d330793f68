using System.Text.RegularExpressions;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Host.Settings;

/// <summary>The options the host owns (manual §2.2); modules add their own sections.</summary>
internal static partial class CoreSettings
{
    public const string SiteName = "site_name";
    public const string Notice = "motd";
    public const string ThemeColor = "theme_color";
    public const string Stylesheet = "css_template";
    public const string Favicon = "favicon";
    public const string TimeZone = "time_zone";
    public const string SiteAddress = "site_url";
    public const string EmailSignature = "email_sig";
    public const string TicketVisibility = "default_vis";
    public const string DefaultLevel = "default_lvl";
    public const string AllowRegistrations = "allow_registrations";
    public const string GuestTickets = "guest_tickets";
    public const string ApiReadKey = "api_read";
    public const string ApiWriteKey = "api_write";
    public const string Impersonation = "api_imp";
    public const string ApiRateLimit = "api_rate";
    public const string UploadFolder = "upload_folder";
    public const string UploadLevel = "upload_lvl";
    public const string MaxUploadSize = "max_size";
    public const string UploadExtensions = "upload_exts";

    public const string DefaultNotice =
        "Welcome to NodePoint. Remember to be courteous when writing tickets. Contact the help desk for any problem.";

    private static readonly SettingChoice[] Levels =
        [.. Enumerable.Range(0, 6).Select(l => new SettingChoice(l.ToString(), NodePoint.Abstractions.Access.AccessLevelNames.Describe((NodePoint.Abstractions.Access.AccessLevel)l)))];

    public static IReadOnlyList<SettingsSection> Sections { get; } =
    [
        new("Site",
        [
            new(SiteName, "Site name", SettingKind.Text, "NodePoint")
                { Help = "Shown at the top left of every page and in page titles.", Required = true, MaxLength = 60, AtSetup = true },
            new(Notice, "Public notice", SettingKind.MultilineText, DefaultNotice)
                { Help = "Shown on every page, as plain text. Leave empty to remove the notice.", MaxLength = 2_000, AtSetup = true },
            new(ThemeColor, "Interface theme colour", SettingKind.Choice, "0")
            {
                Help = "The colour of the navigation bar and panels.", AtSetup = true,
                Choices = [new("0", "Blue"), new("1", "Grey"), new("2", "Green"), new("3", "Cyan"), new("4", "Orange"), new("5", "Red")],
            },
            new(Stylesheet, "Custom stylesheet", SettingKind.Text, "")
                { Help = "Optional address of an extra CSS file loaded after Bootstrap, such as /custom.css or https://example.org/site.css.", Validate = ValidateAddress },
            new(Favicon, "Favicon", SettingKind.Text, "")
                { Help = "Optional address of the icon browsers show in the tab. Empty uses NodePoint's icon.", Validate = ValidateAddress },
            new(TimeZone, "Time zone", SettingKind.Text, "UTC")
                { Help = "Dates are stored in UTC and shown in this zone (an IANA name such as Europe/Paris).", Required = true, Validate = ValidateTimeZone, AtSetup = true },
            new(SiteAddress, "Site address", SettingKind.Text, "")
                { Help = "The address people use to open NodePoint, such as https://helpdesk.example.org; notifications link to it.", Validate = ValidateSiteAddress },
            new(EmailSignature, "Notification signature", SettingKind.MultilineText, "")
                { Help = "Ends every notification. Empty: \"This is an automated message from <site name>. To stop notifications, remove your email address under Settings.\"", MaxLength = 1_000 },
        ]),
        new("Access",
        [
            new(TicketVisibility, "Ticket visibility", SettingKind.Choice, "Public")
            {
                Help = "Public: everyone, guests included, sees every ticket. Private: people must log in to see tickets. " +
                       "Restricted: users below Restricted view (level 2) see only their own tickets, a good choice for a help desk.",
                AtSetup = true,
                Choices = [new("Public", "Public"), new("Private", "Private"), new("Restricted", "Restricted")],
            },
            new(DefaultLevel, "Default access level", SettingKind.Choice, "1")
                { Help = "The level given to new users.", Choices = Levels, AtSetup = true },
            new(AllowRegistrations, "Allow registrations", SettingKind.Boolean, "true")
                { Help = "Let visitors register an account. When off, only users management (level 5) adds users.", AtSetup = true },
            new(GuestTickets, "Allow guest tickets", SettingKind.Boolean, "false")
                { Help = "Let visitors who are not logged in file tickets.", AtSetup = true },
        ]),
        new("API",
        [
            new(ApiReadKey, "API read key", SettingKind.Text, "")
                { Help = "Key for the read calls of the NodePoint-compatible API. 16-64 letters and digits.", Required = true, MaxLength = 64, Validate = ValidateApiKey, AtSetup = true },
            new(ApiWriteKey, "API write key", SettingKind.Text, "")
                { Help = "Key for the write calls. Must differ from the read key.", Required = true, MaxLength = 64, Validate = ValidateApiKey, AtSetup = true },
            new(Impersonation, "Allow user impersonation", SettingKind.Boolean, "false")
                { Help = "Let API calls name an existing user in from_user when creating tickets.", AtSetup = true },
            new(ApiRateLimit, "API requests per minute", SettingKind.Integer, "1200")
                { Help = "How many calls one client (an API key, a personal token, a user, or else an address) may make per minute to both APIs; 0 turns the limit off.", Minimum = 0, Maximum = 1_000_000 },
        ]),
        new("Uploads",
        [
            new(UploadFolder, "Upload folder", SettingKind.Text, "uploads")
                { Help = "Where attachments and images are stored, relative to the data folder or absolute. Leave empty to disable uploads.", Validate = ValidateFolder, AtSetup = true },
            new(UploadLevel, "Minimum upload level", SettingKind.Choice, "1")
                { Help = "The lowest access level allowed to attach files.", Choices = Levels[1..], AtSetup = true },
            new(MaxUploadSize, "Maximum upload size (bytes)", SettingKind.Integer, "10485760")
                { Help = "Largest file accepted, in bytes (10485760 = 10 MB).", Minimum = 1_000, Maximum = 1_073_741_824, AtSetup = true },
            new(UploadExtensions, "Allowed file extensions", SettingKind.Text, "")
                { Help = "Space-separated list such as \"png jpg pdf txt\". Empty allows every extension.", Validate = ValidateExtensions, AtSetup = true },
        ]),
    ];

    [GeneratedRegex("^[A-Za-z0-9]{16,64}$")]
    private static partial Regex ApiKeyPattern();

    [GeneratedRegex("^[a-z0-9]{1,10}( [a-z0-9]{1,10})*$")]
    private static partial Regex ExtensionsPattern();

    private static string? ValidateApiKey(string value) =>
        ApiKeyPattern().IsMatch(value) ? null : "must be 16 to 64 letters and digits.";

    private static string? ValidateExtensions(string value) =>
        value.Length == 0 || ExtensionsPattern().IsMatch(value) ? null : "must be lower-case extensions without dots, separated by single spaces.";

    private static string? ValidateTimeZone(string value) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(value, out _) ? null : $"'{value}' is not a known time zone.";

    private static string? ValidateFolder(string value)
    {
        if (value.Length == 0)
            return null;
        if (value.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || value.Split('/', '\\').Contains(".."))
            return "must be a folder path without '..'.";
        return null;
    }

    private static string? ValidateSiteAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Query.Length == 0
            ? null
            : "must be an http(s) address such as https://helpdesk.example.org.";

    // Only site-relative paths and http(s) addresses: no javascript: or data: URLs in the page head.
    private static string? ValidateAddress(string value)
    {
        if (value.Length == 0)
            return null;
        if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains('\\'))
            return null;
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "must be a path starting with / or an http(s) address.";
    }
}
