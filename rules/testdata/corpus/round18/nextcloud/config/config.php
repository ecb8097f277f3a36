<?php
$CONFIG = array (
  'instanceid' => 'oc0d81550e55',
  'passwordsalt' => 'xho4vNwV2axNtGkxTxGdYjftF2K4uwxx',
  'secret' => 'xDAaj7H18XmwLt2+YNJ+QGKA8YCEu5oohWkc8YP/C8GidNFP',
  'trusted_domains' =>
  array (
    0 => 'cloud.quillmark.io',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '30.0.2.2',
  'objectstore' =>
  array (
    'class' => '\\OC\\Files\\ObjectStore\\Azure',
    'arguments' =>
    array (
      'container' => 'nextcloud',
      'account_name' => 'qmnextcloudobj',
      'account_key' => 'kCgnvIMRqwqzLWbFTEqjGe3vR0K0GvuCRmJT9VqZouD/Zm9lOT6C6EwgKhKjnmG9UR/noG4M2Outaha4xtQF2Q==',
      'autocreate' => true,
    ),
  ),
  'installed' => true,
);
