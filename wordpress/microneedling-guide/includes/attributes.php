<?php
/**
 * The element's attributes and the checks the widget itself applies to them.
 *
 * These mirror the widget's core (src/core/config.rs, color.rs, kiosk.rs)
 * value for value. They cannot call it (the widget runs in the visitor's
 * browser), so wordpress/tests/attribute-cases.json holds one table of
 * values with the verdict: `cargo test --test attribute_cases` checks the
 * core against it and `php wordpress/tests/attribute-cases.php` checks this
 * file against it, so the two cannot drift apart unnoticed.
 *
 * @package microneedling-guide
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every attribute: element name => [ shortcode/option key, block attribute, label, kind, accepted values (for notices), default shown ].
 */
function mng_attributes() {
	return array(
		'clinic-name'       => array( 'clinic_name', 'clinicName', __( 'Clinic name', 'microneedling-guide' ), 'text', 'plain text up to 80 characters', 'none' ),
		'logo'              => array( 'logo', 'logo', __( 'Logo address', 'microneedling-guide' ), 'url', 'an http(s) URL or a relative path', 'none' ),
		'accent'            => array( 'accent', 'accent', __( 'Accent colour', 'microneedling-guide' ), 'color', '#rgb, #rrggbb or rgb(r, g, b)', 'the built-in teal' ),
		'booking-url'       => array( 'booking_url', 'bookingUrl', __( 'Booking link', 'microneedling-guide' ), 'url', 'http:, https:, tel: or mailto: URLs', 'none' ),
		'phone'             => array( 'phone', 'phone', __( 'Phone number', 'microneedling-guide' ), 'text', 'digits with spaces, +, -, ( ) or .', 'none' ),
		'lang'              => array( 'lang', 'lang', __( 'Language', 'microneedling-guide' ), 'choice', 'en, es', "the visitor's browser language" ),
		'mode'              => array( 'mode', 'mode', __( 'Where it runs', 'microneedling-guide' ), 'choice', 'embed, standalone, kiosk', 'embed' ),
		'start'             => array( 'start', 'start', __( 'First screen', 'microneedling-guide' ), 'choice', 'welcome, quiz, how-it-works', 'welcome' ),
		'content'           => array( 'content', 'content', __( 'Wording file address', 'microneedling-guide' ), 'url', 'an http(s) URL or a relative path to a JSON file', 'none' ),
		'idle-seconds'      => array( 'idle_seconds', 'idleSeconds', __( 'Kiosk: seconds before "Still there?"', 'microneedling-guide' ), 'number', 'whole seconds from 10 to 3600', '90' ),
		'countdown-seconds' => array( 'countdown_seconds', 'countdownSeconds', __( 'Kiosk: seconds to answer "Still there?"', 'microneedling-guide' ), 'number', 'whole seconds from 20 to 300', '30' ),
		'handoff-url'       => array( 'handoff_url', 'handoffUrl', __( "Kiosk: page for the visitor's phone", 'microneedling-guide' ), 'url', 'an absolute http(s) URL of the standalone page', "the guide's own page" ),
		'share-verdict'     => array( 'share_verdict', 'shareVerdict', __( "Tell the page the result's category", 'microneedling-guide' ), 'bool', 'present, "true" or "false"', 'false' ),
		'read-aloud'        => array( 'read_aloud', 'readAloud', __( 'Kiosk: "Listen" buttons', 'microneedling-guide' ), 'bool', 'present, "true" or "false"', 'false' ),
	);
}

/** Trims Unicode white space at both ends, as Rust's str::trim does. */
function mng_trim( $v ) {
	return (string) preg_replace( '/^[\p{Z}\x{09}-\x{0D}\x{85}]+|[\p{Z}\x{09}-\x{0D}\x{85}]+$/u', '', (string) $v );
}

/** Whether `$v` holds a control character, any white space, or one of `$also`. */
function mng_unclean( $v, $also ) {
	return 1 === preg_match( '/[\p{Cc}\p{Z}\x{85}' . preg_quote( $also, '/' ) . ']/u', $v );
}

/** Rust's `str::parse::<u32>` (digits with an optional plus) within a range. */
function mng_whole( $v, $min, $max ) {
	$v = mng_trim( $v );
	if ( ! preg_match( '/^\+?[0-9]+$/', $v ) ) {
		return null;
	}
	$n = ltrim( ltrim( $v, '+' ), '0' );
	if ( strlen( $n ) > 10 ) {
		return null;
	}
	$n = (int) ( '' === $n ? '0' : $n );
	return ( $n >= $min && $n <= $max ) ? (string) $n : null;
}

/** A logo or wording-file URL: http(s), or a path without any other scheme. */
function mng_check_relative_url( $v ) {
	$v = mng_trim( $v );
	if ( '' === $v || mng_unclean( $v, '"' ) ) {
		return null;
	}
	$lower  = strtolower( $v );
	$colon  = strpos( $lower, ':' );
	$scheme = false === $colon ? null : substr( $lower, 0, $colon );
	$has    = null !== $scheme && strpbrk( $scheme, '/?#' ) === false;
	$http   = 0 === strpos( $lower, 'https://' ) || 0 === strpos( $lower, 'http://' );
	return ( $http || ( ! $has && 0 !== strpos( $lower, '//' ) ) ) ? $v : null;
}

/**
 * Checks one value as the widget would. Returns [ value to output or null, ok ]:
 * a refused value gives [ null, false ] (the widget's default applies); an
 * over-long clinic name is cut, like the widget does, and still reported.
 */
function mng_check( $name, $value ) {
	$value = (string) $value;
	$v     = mng_trim( $value );
	$lower = strtolower( $v );
	switch ( $name ) {
		case 'lang':
			$primary = strtolower( preg_split( '/[-_]/', $v )[0] );
			return in_array( $primary, array( 'en', 'es' ), true ) ? array( $v, true ) : array( null, false );
		case 'mode':
			return in_array( $lower, array( 'embed', 'standalone', 'kiosk' ), true ) ? array( $lower, true ) : array( null, false );
		case 'start':
			return in_array( $lower, array( 'welcome', 'quiz', 'how-it-works' ), true ) ? array( $lower, true ) : array( null, false );
		case 'clinic-name':
			// Without direction controls, which could show the name reversed
			// (src/core/text.rs); then characters, not bytes, as Rust counts.
			$v = mng_trim( preg_replace( '/[\x{202A}-\x{202E}\x{2066}-\x{2069}\x{061C}]/u', '', $value ) );
			preg_match( '/^.{0,80}/su', $v, $m );
			$cut = isset( $m[0] ) ? $m[0] : '';
			return array( '' === $cut ? null : $cut, strlen( $cut ) === strlen( $v ) );
		case 'logo':
		case 'content':
			$ok = mng_check_relative_url( $value );
			return array( $ok, null !== $ok );
		case 'booking-url':
			$rest = null;
			foreach ( array( 'https://', 'http://', 'tel:', 'mailto:' ) as $s ) {
				if ( 0 === strpos( $lower, $s ) ) {
					$rest = substr( $v, strlen( $s ) );
					break;
				}
			}
			$ok = null !== $rest && '' !== $rest && ! mng_unclean( $v, '"<>' );
			return $ok ? array( $v, true ) : array( null, false );
		case 'phone':
			$digits = preg_match_all( '/[0-9]/', $v );
			$ok     = strlen( $v ) <= 32 && $digits >= 3 && 1 === preg_match( '/^[0-9 +\-().]*$/', $v );
			return $ok ? array( $v, true ) : array( null, false );
		case 'accent':
			if ( preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $v ) ) {
				return array( $v, true );
			}
			if ( preg_match( '/^rgb\((.*)\)$/s', $lower, $m ) ) {
				$parts = explode( ',', $m[1] );
				$ok    = 3 === count( $parts );
				foreach ( $parts as $p ) {
					$ok = $ok && null !== mng_whole( $p, 0, 255 ) && 1 === preg_match( '/^\+?[0-9]+$/', mng_trim( $p ) );
				}
				return $ok ? array( $v, true ) : array( null, false );
			}
			return array( null, false );
		case 'idle-seconds':
			$n = mng_whole( $value, 10, 3600 );
			return array( $n, null !== $n );
		case 'countdown-seconds':
			$n = mng_whole( $value, 20, 300 );
			return array( $n, null !== $n );
		case 'handoff-url':
			$http = 0 === strpos( $lower, 'https://' ) || 0 === strpos( $lower, 'http://' );
			$ok   = $http && strlen( $v ) > strlen( 'https://' ) && ! mng_unclean( $v, '"<>' );
			return $ok ? array( explode( '#', $v, 2 )[0], true ) : array( null, false );
		case 'share-verdict':
		case 'read-aloud':
			// A boolean attribute: present (empty or its own name) or "true" is on.
			if ( in_array( $lower, array( '', 'true', $name ), true ) ) {
				return array( '', true );
			}
			return array( null, 'false' === $lower );
	}
	return array( null, false );
}

/** What the guide does instead of using a refused value, for notices. */
function mng_instead( $name ) {
	if ( 'clinic-name' === $name ) {
		return __( 'the guide cuts the name to 80 characters', 'microneedling-guide' );
	}
	$default = mng_attributes()[ $name ][5];
	/* translators: %s: the default value the guide uses */
	return 'none' === $default ? __( 'the guide leaves it out', 'microneedling-guide' ) : sprintf( __( 'the guide uses %s', 'microneedling-guide' ), $default );
}
