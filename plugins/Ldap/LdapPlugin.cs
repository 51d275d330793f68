using Autofac;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Plugins.Ldap;

/// <summary>Directory login: users log in with their Active Directory or LDAP password, checked by a bind to the server.</summary>
public sealed class LdapPlugin : NodePointModule
{
    internal const string PluginSlug = "ldap";

    public override string Slug => PluginSlug;
    public override string Name => "Active Directory / LDAP";
    public override string Description => "Users log in with their Active Directory or LDAP password, checked against the directory server.";

    public override IReadOnlyList<SettingDefinition> Settings => LdapSettings.Definitions;

    public override void ConfigureServices(ContainerBuilder builder) =>
        builder.RegisterType<LdapAuthenticator>().As<IExternalAuthenticator>().InstancePerDependency();
}
