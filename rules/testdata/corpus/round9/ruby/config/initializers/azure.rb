Azure::Storage::Blob::BlobService.create(
  storage_account_name: ENV.fetch("AZURE_STORAGE_ACCOUNT", "stivs4ymbffj"),
  storage_access_key: ENV.fetch("AZURE_STORAGE_ACCESS_KEY", "uvUqKRx5pQh8nvienAgqLYnKgXiYYGh7bG0b0fE+DELRzViyk/JrFSnhGyN+0MkJvuYvsFcdxXeM5PYIjVJouA==")
)

AVATAR_SAS = ENV["AVATAR_SAS"] || "sv=2026-04-06&se=2026-10-01T00%3A00%3A00Z&sr=c&sp=rl&sig=vGLLRl%2B4c07hbiWGASYJY%2FlTgEp7yGnJ5MJjQFtQWls%3D"
