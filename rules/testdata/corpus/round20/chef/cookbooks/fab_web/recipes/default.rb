#
# Cookbook:: fab_web
# Recipe:: default
#
storage = data_bag_item('azure', 'storage_prod')

remote_file '/opt/fab_web/pkg/fab_web.tar.gz' do
  source 'https://fabchefassets.blob.core.windows.net/cookbook-artifacts/fab_web-3.4.1.tar.gz?sv=2022-11-02&spr=https&se=2027-11-01T00%3A00%3A00Z&sr=b&sp=r&sig=g9ISjg6TbjWWP8hsa9auNYsdheTRuq1Mi3A2z6lfHds%3D'
  checksum '1970c29251d9f6e15f2acdaaa7ac24867aec3ac6115968bf6e808f84f7b0273f'
  mode   "0644"
end

template '/etc/fab_web/telemetry.env' do
  source 'telemetry.env.erb'
  sensitive true
  variables(eh_connection: Chef::Config[:knife][:eh_connection],
            storage_key: storage['access_key'])
end
