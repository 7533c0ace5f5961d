using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace Mesa.Web.Accounts;

/// <summary>
/// The QR code an authenticator app scans to learn a new key: a PNG served by the page that shows it (the page's
/// security policy allows images from the site only), never cached, since it holds the key.
/// </summary>
public static class EnrolmentQr
{
    public static FileContentResult Png(HttpResponse response, string uri)
    {
        response.Headers.CacheControl = "no-store";
        return new FileContentResult(PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.M, 6, drawQuietZones: true), "image/png");
    }
}
