// Scalars from graphql-scalars. graphql-tools copies every own property of a scalar resolver
// onto the SDL's scalar, description included, so schema.graphql repeats the library's
// descriptions word for word; the test comparing the served schema with the file holds it to that.
export { CountryCodeResolver as CountryCode, NonNegativeIntResolver as NonNegativeInt } from 'graphql-scalars';
