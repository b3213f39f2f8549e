<?php
/**
 * Loads the test WordPress (scripts/wordpress-env) for a command-line script.
 * Debian's wp-config.php picks /etc/wordpress/config-mgtest.php from
 * WORDPRESS_CONFIG, as the private Apache does for web requests.
 */
$port                          = getenv( 'MG_WP_PORT' ) ?: '8080';
$_SERVER['HTTP_HOST']          = '127.0.0.1:' . $port;
$_SERVER['SERVER_NAME']        = '127.0.0.1';
$_SERVER['SERVER_PORT']        = $port;
$_SERVER['REQUEST_URI']        = '/';
$_SERVER['REQUEST_METHOD']     = 'GET';
$_SERVER['WORDPRESS_CONFIG']   = 'mgtest';
require '/usr/share/wordpress/wp-load.php';
