class blobsync (
  String $account_name,
  Sensitive[String] $account_key,
  String $sas_token = 'sv=2026-04-06&se=2027-02-28T00%3A00%3A00Z&sr=s&sp=rl&sig=cR%2FkBvspdRurK%2Blm8X0PZHKU5skZp4OOmlZTy7In0DM%3D',
) {
  file { '/etc/blobsync.conf':
    ensure  => file,
    mode    => '0600',
    content => Sensitive("account=${account_name}\nkey=${account_key.unwrap}\n"),
  }
  service { 'blobsync':
    ensure    => running,
    subscribe => File['/etc/blobsync.conf'],
  }
}
