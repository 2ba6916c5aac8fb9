package io.gioperator; public final class Placeholder {}
