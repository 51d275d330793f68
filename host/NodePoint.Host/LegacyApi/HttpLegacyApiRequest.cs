using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Settings;

namespace NodePoint.Host.LegacyApi;

/// <summary>A call over HTTP: arguments from the query or form, the keys and the impersonation switch from Settings.</summary>
internal sealed class HttpLegacyApiRequest(HttpContext context, LegacyApiCall call, LegacyApiArguments arguments, ISettings settings) : LegacyApiRequest
{
    public bool KeyAccepted { get; private set; }

    public override string Call => call.Name;

    public override LegacyApiKey Key => call.Key;

    public override string Text(string name) => arguments.First(name);

    public override bool Has(string name) => arguments.Has(name);

    public override LegacyApiResponse? CheckKey()
    {
        if (IsMissing("key"))
            return LegacyApiResponse.MissingArgument("key");
        var configured = settings.Get(call.Key == LegacyApiKey.Read ? CoreSettings.ApiReadKey : CoreSettings.ApiWriteKey);
        if (!LegacyApiKeyCheck.Matches(Text("key"), configured))
            return LegacyApiResponse.Error(LegacyApiStatus.InvalidKey, "Invalid 'key' value.");
        KeyAccepted = true;
        // The key is the authorization: inside the call, the api pseudo-user passes every level check.
        context.User = SessionClaims.Create(ApiUser, AccessLevel.Admin, UserKind.Api, "");
        return null;
    }

    public override async Task<LegacyApiActor> ActorAsync(CancellationToken cancellationToken)
    {
        if (!KeyAccepted)
            throw new InvalidOperationException($"The handler of '{call.Name}' asked for the actor before checking the key.");
        if (IsMissing("from_user"))
            return LegacyApiActor.Api;
        if (!settings.GetBool(CoreSettings.Impersonation))
            return LegacyApiActor.Refused(LegacyApiResponse.InvalidArgument("User impersonation is not on."));
        var directory = context.RequestServices.GetService<IUserDirectory>();
        var user = directory is null ? null : await directory.FindAsync(Text("from_user"), cancellationToken);
        return user switch
        {
            null => LegacyApiActor.Refused(LegacyApiResponse.InvalidArgument("Invalid 'from_user' value: no user has that name.")),
            { Disabled: true } => LegacyApiActor.Refused(LegacyApiResponse.InvalidArgument("Invalid 'from_user' value: that user is disabled.")),
            _ => LegacyApiActor.User(user.Name),
        };
    }
}
