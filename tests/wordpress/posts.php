<?php
/**
 * Saves the test posts as the users a clinic really has: wp_insert_post runs
 * kses for users without unfiltered_html (Authors, Contributors), exactly as
 * saving in the editor does. Prints what was saved, as JSON.
 */
require __DIR__ . '/wp.php';

function as_user( $login ) {
	$user = get_user_by( 'login', $login );
	wp_set_current_user( $user->ID );
	return $user;
}

function save( $title, $content, $status = 'publish' ) {
	$id = wp_insert_post( array( 'post_title' => $title, 'post_content' => wp_slash( $content ), 'post_status' => $status ), true ); // wp_insert_post unslashes, as the editor's REST request is slashed
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$post = get_post( $id );
	return array( 'id' => $id, 'url' => get_permalink( $id ), 'content' => $post->post_content, 'status' => $post->post_status );
}

$out = array();
as_user( 'author' );
$out['authorHasUnfilteredHtml'] = current_user_can( 'unfiltered_html' );
$out['shortcode']  = save( 'Guide by shortcode', "<!-- wp:paragraph -->\n<p>Questions about acne scars? Try our guide.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[microneedling_guide clinic_name=\"Northside Skin Clinic\" accent=\"#7a2e8e\" booking_url=\"https://northside-skin.example/book?day=mon&time=am\" phone=\"+1 (555) 010-2000\" lang=\"en\" share_verdict=\"true\" read_aloud=\"false\"]\n<!-- /wp:shortcode -->" );
$out['block']      = save( 'Guide by block', "<!-- wp:microneedling-guide/guide {\"clinicName\":\"Clínica Sur\",\"accent\":\"#1a7f37\",\"lang\":\"es\",\"phone\":\"555 010 3000\",\"readAloud\":true} /-->" );
$out['bad']        = save( 'Guide with a typo', '[microneedling_guide accent="chartreuse" clinic_name="Typo Clinic"]' );
$out['bare']       = save( 'Guide with site defaults', '[microneedling_guide]' );
$out['inline']     = save( 'Guide inside a sentence', 'Questions about your scars? Try our guide: [microneedling_guide clinic_name="Inline Clinic"] It takes two minutes.' );
// Markup in values: saved by an Author, it must come out as text.
$out['markup']     = save( 'Guide with markup in its values', '<!-- wp:microneedling-guide/guide {"clinicName":"\\u0022\\u003e\\u003cimg src=x onerror=window.__hit=1\\u003e","accent":"\\u0022\\u003e\\u003cimg src=y onerror=window.__hit=2\\u003e"} /-->' );
$out['plain']      = save( 'No guide here', '<p>Our opening hours.</p>' );
$out['snippet']    = save( 'Pasted HTML snippet', '<script type="module" src="/guide/microneedling-guide.js"></script><microneedling-guide mode="embed"></microneedling-guide>' );
as_user( 'contributor' );
$out['contributorHasUnfilteredHtml'] = current_user_can( 'unfiltered_html' );
$out['contributor'] = save( 'Contributor draft', '<!-- wp:microneedling-guide/guide {"clinicName":"Draft Clinic"} /-->', 'pending' );
echo wp_json_encode( $out );
