using Autofac;
using Microsoft.AspNetCore.Routing;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Modules;
using NodePoint.Abstractions.Navigation;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Directory;
using NodePoint.Modules.Accounts.Features.ApiTokens;
using NodePoint.Modules.Accounts.Features.ConfirmEmail;
using NodePoint.Modules.Accounts.Features.LostPassword;
using NodePoint.Modules.Accounts.Features.ManageUsers;
using NodePoint.Modules.Accounts.Features.OwnAccount;
using NodePoint.Modules.Accounts.Features.Register;
using NodePoint.Modules.Accounts.Features.SignIn;
using NodePoint.Modules.Accounts.LegacyApi;

namespace NodePoint.Modules.Accounts;

/// <summary>Users, access levels, login, registration, email confirmation, lost passwords and users management.</summary>
public sealed class AccountsModule : NodePointModule
{
    public override string Slug => "accounts";
    public override string Name => "Accounts";
    public override string Description => "Users and their access levels, login, registration, email confirmation, lost passwords and users management.";
    public override bool AlwaysOn => true;

    public override void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<AccountsDbContext>(this);
        builder.RegisterType<LoginThrottle>().AsSelf().SingleInstance();
        builder.RegisterType<UserSignIn>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ExternalLogin>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<UserSessionValidator>().As<IUserSessionValidator>().InstancePerLifetimeScope();
        builder.RegisterType<AccountPolicy>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<UserRegistration>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<EmailConfirmation>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<PasswordResets>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<OwnAccount>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<UserAdministration>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<UserDirectory>().As<IUserDirectory>().InstancePerLifetimeScope();
        builder.RegisterType<Features.Seeding.UserSeeder>().As<Abstractions.Seeding.IDataSeeder>().InstancePerLifetimeScope();
        builder.RegisterType<PersonalApiTokens>().AsSelf().As<IApiTokenAuthenticator>().InstancePerLifetimeScope();
        builder.RegisterType<ListUsersHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<VerifyPasswordHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ChangePasswordHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<AddUserHandler>().AsSelf().InstancePerLifetimeScope();
    }

    public override IReadOnlyList<LegacyApiCall> LegacyApiCalls =>
    [
        LegacyApiCall.Create<ListUsersHandler>("list_users", LegacyApiKey.Read),
        LegacyApiCall.Create<VerifyPasswordHandler>("verify_password", LegacyApiKey.Read),
        LegacyApiCall.Create<ChangePasswordHandler>("change_password", LegacyApiKey.Write),
        LegacyApiCall.Create<AddUserHandler>("add_user", LegacyApiKey.Write),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => Api.UsersApi.Map(endpoints);

    public override IReadOnlyList<NavigationEntry> Navigation => [new("Users", "/users", AccessLevel.UsersManagement, 900)];

    public override IReadOnlyList<Panel> SettingsPanels => [new("YourAccount", AccessLevel.Unauthorized, 10), new("ApiTokens", AccessLevel.Unauthorized, 20)];
}
