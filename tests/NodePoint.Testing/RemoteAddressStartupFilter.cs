using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace NodePoint.Testing;

/// <summary>
/// The in-memory test server has no socket, so no client address: this gives every request the loopback
/// address, or the address in the <c>X-Test-Remote-Address</c> header to play a machine on the network.
/// </summary>
public sealed class RemoteAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var given = context.Request.Headers[Header].ToString();
            context.Connection.RemoteIpAddress = given.Length > 0 ? IPAddress.Parse(given) : IPAddress.Loopback;
            context.Request.Headers.Remove(Header);
            return nextMiddleware(context);
        });
        next(app);
    };
}
