using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodePoint.Testing;

namespace NodePoint.Browser.Tests;

/// <summary>The real host on a loopback socket and a headless Debian Chromium pointed at it.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BrowserSession(TestHost host) => Host = host;

    public TestHost Host { get; }
    public string BaseAddress { get; private set; } = "";
    public IPage Page { get; private set; } = null!;

    public static async Task<BrowserSession> StartAsync(TestHost host)
    {
        var session = new BrowserSession(host);
        host.UseKestrel(0);
        host.StartServer();
        session.BaseAddress = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.SocketAddress = new Uri(session.BaseAddress);
        session._playwright = await Playwright.CreateAsync();
        session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        session.Page = await session._browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return session;
    }

    public Task<IResponse?> GoAsync(string path) => Page.GotoAsync(BaseAddress + path);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        Host.Dispose();
    }
}
