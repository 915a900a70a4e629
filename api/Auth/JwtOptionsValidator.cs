using System.Text;
using Microsoft.Extensions.Options;

namespace SalesGraph.Auth;

/// <summary>
/// Refuses a <see cref="JwtOptions"/> that would make tokens forgeable or long-lived past their revocation: a missing,
/// short or published development key outside Development, an unknown algorithm, a clock skew over 30 seconds.
/// </summary>
public sealed class JwtOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    /// <summary>The largest clock skew accepted: a stolen expired token stays usable for at most this long.</summary>
    public static readonly TimeSpan MaximumClockSkew = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Jwt:Issuer is required.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Jwt:Audience is required.");
        }

        if (!JwtOptions.SupportedAlgorithms.Contains(options.Algorithm))
        {
            failures.Add($"Jwt:Algorithm must be one of {string.Join(", ", JwtOptions.SupportedAlgorithms)}, not '{options.Algorithm}'.");
        }

        if (string.IsNullOrEmpty(options.SigningKey))
        {
            failures.Add("Jwt:SigningKey is required (set it through a secret store or the Jwt__SigningKey environment variable).");
        }
        else
        {
            if (Encoding.UTF8.GetByteCount(options.SigningKey) < options.MinimumKeyBytes)
            {
                failures.Add($"Jwt:SigningKey must be at least {options.MinimumKeyBytes} bytes for {options.Algorithm}.");
            }

            if (options.SigningKey.StartsWith(JwtOptions.DevelopmentKeyMarker, StringComparison.OrdinalIgnoreCase)
                && !environment.IsDevelopment())
            {
                failures.Add($"Jwt:SigningKey is the published development key; it is refused in the '{environment.EnvironmentName}' environment.");
            }
        }

        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.AccessTokenLifetime > TimeSpan.FromDays(1))
        {
            failures.Add("Jwt:AccessTokenLifetime must be positive and at most one day.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > MaximumClockSkew)
        {
            failures.Add($"Jwt:ClockSkew must be between 0 and {MaximumClockSkew.TotalSeconds:0} seconds.");
        }

        if (options.MaximumTokenSizeInBytes is < 1024 or > 64 * 1024)
        {
            failures.Add("Jwt:MaximumTokenSizeInBytes must be between 1024 and 65536.");
        }

        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
            {
                failures.Add("Jwt:Authority must be an absolute URL.");
            }
            else if (authority.Scheme != Uri.UriSchemeHttps && (options.RequireHttpsMetadata || !environment.IsDevelopment()))
            {
                failures.Add("Jwt:Authority must use HTTPS outside a development setup.");
            }

            if (string.IsNullOrWhiteSpace(options.AuthorityAlgorithm) || options.AuthorityAlgorithm.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add("Jwt:AuthorityAlgorithm must name a signing algorithm.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
