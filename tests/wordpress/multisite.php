<?php
/**
 * Turns the test site into a multisite network (as Tools > Network Setup
 * does), or, with "check", adds a second site whose administrator is not a
 * Super Admin (so, like every such user, lacks unfiltered_html), and shows
 * what the plugin renders there. Prints JSON.
 */
$step = isset( $argv[1] ) ? $argv[1] : 'convert';
if ( 'convert' === $step ) {
	require __DIR__ . '/wp.php';
	require_once ABSPATH . 'wp-admin/includes/network.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	// As wp-admin/network.php does: name the network tables first.
	global $wpdb;
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
		$wpdb->$table = $prefixed;
	}
	install_network();
	$host   = '127.0.0.1:' . getenv( 'MG_WP_PORT' );
	$result = populate_network( 1, $host, 'admin@clinic.invalid', 'Clinic network (test)', '/', false );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, $result->get_error_message() . "\n" );
		exit( 1 );
	}
	echo wp_json_encode( array( 'host' => $host ) );
	exit( 0 );
}

require __DIR__ . '/wp.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$host    = '127.0.0.1:' . getenv( 'MG_WP_PORT' );
$user_id = wpmu_create_user( 'siteadmin', 'siteadmin-test-only', 'siteadmin@clinic.invalid' );
$site = wpmu_create_blog( $host, '/clinic2/', 'Second clinic', $user_id );
if ( is_wp_error( $site ) ) {
	fwrite( STDERR, $site->get_error_message() . "\n" );
	exit( 1 );
}
wp_set_current_user( 1 );
$network = activate_plugin( 'microneedling-guide/microneedling-guide.php', '', true );
switch_to_blog( $site );
update_option( 'microneedling_guide_defaults', array( 'clinic-name' => 'Second Clinic', 'accent' => '#1a7f37' ) );
wp_set_current_user( $user_id );
$out = array(
	'networkActive'      => is_plugin_active_for_network( 'microneedling-guide/microneedling-guide.php' ),
	'siteAdmin'          => current_user_can( 'manage_options' ),
	'superAdmin'         => is_super_admin( $user_id ),
	'unfilteredHtml'     => current_user_can( 'unfiltered_html' ),
);
$id   = wp_insert_post( array( 'post_title' => 'Guide on the second site', 'post_status' => 'publish', 'post_content' => '<!-- wp:microneedling-guide/guide {"lang":"es"} /-->' . "\n" . '[microneedling_guide phone="555 010 4000"]' ) );
$post = get_post( $id );
$GLOBALS['post'] = $post;
setup_postdata( $post );
$out['saved']    = $post->post_content;
$out['rendered'] = apply_filters( 'the_content', $post->post_content );
restore_current_blog();
$out['mainSiteDefaults'] = get_option( 'microneedling_guide_defaults' );
$out['mainSiteRendered'] = do_shortcode( '[microneedling_guide]' );
echo wp_json_encode( $out );
