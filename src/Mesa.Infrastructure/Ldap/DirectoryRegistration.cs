using Mesa.Core.People.Directory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Infrastructure.Ldap;

public static class DirectoryRegistration
{
    /// <summary>The directory of <c>Mesa__Ldap__*</c>; without a host Mesa has only its own accounts.</summary>
    public static IServiceCollection AddMesaDirectory(this IServiceCollection services, IConfiguration ldap)
    {
        services.Configure<DirectoryOptions>(ldap);
        services.AddSingleton<LdapConnections>();
        services.AddSingleton<IDirectory, LdapDirectory>();
        return services;
    }
}
