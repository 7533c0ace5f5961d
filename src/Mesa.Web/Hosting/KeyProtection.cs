using System.Security.Cryptography.X509Certificates;
using Mesa.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Mesa.Web.Hosting;

/// <summary>The certificate that encrypts the data-protection keys at rest (<c>Mesa__DataProtection__…</c>).</summary>
public sealed class KeyProtectionSettings
{
    /// <summary>A PKCS#12 file (.pfx) with the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

/// <summary>
/// The keys that sign sessions, antiforgery tokens and e-mailed links live in the database, shared by every instance.
/// With a certificate they are kept there encrypted with it, so that a copy of the database (a backup, a dump) cannot
/// forge a session or a link; every instance needs the same certificate. Without one they are kept in the clear, and
/// Mesa says so at start.
/// </summary>
public static class KeyProtection
{
    public static IServiceCollection AddMesaKeyProtection(this IServiceCollection services, KeyProtectionSettings settings)
    {
        var keys = services.AddDataProtection().PersistKeysToDbContext<MesaDbContext>().SetApplicationName("Mesa");
        if (string.IsNullOrWhiteSpace(settings.CertificatePath)) return services;
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"Mesa__DataProtection__CertificatePath: {settings.CertificatePath} holds no private key.");
        keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }

    /// <summary>Says once at start that the keys are kept in the clear.</summary>
    public static void WarnWhenKeysAreInTheClear(this WebApplication app, KeyProtectionSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath)) return;
        var text = app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Core.Common.Messages>>();
        app.Logger.LogWarning("{Warning}", text["Startup.KeysInTheClear"].Value);
    }
}
