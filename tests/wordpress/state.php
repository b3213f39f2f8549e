<?php
/** Prints what the plugin keeps in the database, as JSON (for the uninstall test). */
require __DIR__ . '/wp.php';
global $wpdb;
echo wp_json_encode(
	array(
		'option'    => get_option( 'microneedling_guide_defaults', null ),
		'postNotes' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key = '_mng_problems'" ),
		'active'    => in_array( 'microneedling-guide/microneedling-guide.php', (array) get_option( 'active_plugins', array() ), true ),
		'installed' => file_exists( WP_PLUGIN_DIR . '/microneedling-guide/microneedling-guide.php' ),
		'otherSites' => is_multisite() ? array_map(
			function ( $id ) {
				return get_blog_option( $id, 'microneedling_guide_defaults', null );
			},
			get_sites( array( 'fields' => 'ids', 'site__not_in' => array( 1 ) ) )
		) : array(),
	)
);
