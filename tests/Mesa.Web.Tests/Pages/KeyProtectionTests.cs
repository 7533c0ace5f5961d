using System.Net;
using Mesa.Core.Data;
using Mesa.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// The keys that sign sessions and e-mailed links are kept in the database encrypted with the configured certificate:
/// a copy of the database alone cannot forge a session. Mesa works as always with them.
/// </summary>
public sealed class KeyProtectionTests(KeysEncryptedApp app) : IClassFixture<KeysEncryptedApp>
{
    [Fact]
    public async Task With_a_certificate_a_new_key_is_kept_encrypted_and_sessions_work()
    {
        // A new key, as every 90 days (keys made before the certificate was configured stay readable, as they were).
        // Data protection dates its keys by the machine's clock, not the desk's.
        var now = DateTimeOffset.UtcNow;
        app.Services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));

        using var scope = app.Services.CreateScope();
        var newest = await scope.ServiceProvider.GetRequiredService<MesaDbContext>().DataProtectionKeys
            .OrderByDescending(k => k.Id).Select(k => k.Xml).FirstAsync();
        Assert.Contains("encryptedSecret", newest, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", newest, StringComparison.Ordinal);

        using var browser = app.Browser();
        await browser.SignInAsync("agente1");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/agent")).StatusCode);
    }
}
