"""FHIR resources of the documents on file: Media (photos, with their bytes) and Consent with the
consent text and a Provenance for the patient's signature. Listed in fhir_export.BUILDERS."""

from __future__ import annotations

import base64

from mesodesk.interop import fhir_codes as fc
from mesodesk.interop.fhir_context import FhirContext, instant


def build_photos(ctx: FhirContext) -> None:
    for ph in ctx.tables["photos"]:
        ctx.add(
            "Media",
            ph["id"],
            {
                "status": "completed",
                "type": {
                    "coding": [
                        fc.coding("http://terminology.hl7.org/CodeSystem/media-type", "image", "Image")
                    ]
                },
                "subject": ctx.patient_ref,
                "partOf": [ctx.ref("Procedure", ph["session_id"])] if ph.get("session_id") else [],
                "createdDateTime": instant(ph["taken_on"]),
                "bodySite": fc.body_site(ph.get("area")),
                "width": ph.get("width"),
                "height": ph.get("height"),
                "content": {
                    "contentType": ph["mime_type"],
                    "data": base64.b64encode(bytes(ph["data"])).decode("ascii"),
                    "size": ph["size_bytes"],
                    "title": ph["filename"],
                    "creation": instant(ph["created_at"]),
                },
                "note": [{"text": ph["caption"]}] if ph.get("caption") else [],
            },
            summary=f"Photo ({ph['kind']}) {ph['filename']} taken {instant(ph['taken_on'])}",
        )


def build_consents(ctx: FhirContext) -> None:
    texts = {ct["id"]: ct for ct in ctx.tables["consent_texts"]}
    for c in ctx.tables["consents"]:
        text = texts.get(c["consent_text_id"], {})
        title = f"{text.get('title', 'Consent')} ({text.get('code', '')} v{text.get('version', '')})"
        ctx.add(
            "Consent",
            c["id"],
            {
                "status": "active",
                "scope": {
                    "coding": [fc.coding("http://terminology.hl7.org/CodeSystem/consentscope", "treatment")]
                },
                "category": [
                    {
                        "coding": [fc.coding(fc.LOINC, "59284-0", "Consent Document")],
                        "text": "Consent for treatment",
                    }
                ],
                "patient": ctx.patient_ref,
                "dateTime": instant(c["signed_at"]),
                "performer": [ctx.patient_ref],
                "policyRule": {
                    "coding": [fc.coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN")]
                },
                "sourceAttachment": {
                    "contentType": "text/markdown",
                    "title": title,
                    "data": base64.b64encode(text.get("body", "").encode()).decode("ascii"),
                },
                "provision": {
                    "type": "permit",
                    "actor": [
                        {
                            "role": {
                                "coding": [
                                    fc.coding(
                                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PRF"
                                    )
                                ]
                            },
                            "reference": ctx.user_ref(c["practitioner_id"]),
                        }
                    ],
                },
            },
            summary=f"Consent {title} signed {instant(c['signed_at'])}",
        )
        if c.get("signature_png"):
            # the patient's signature: a Provenance of the Consent (R4 Consent has no signature)
            ctx.add(
                "Provenance",
                f"consent/{c['id']}",
                {
                    "target": [ctx.ref("Consent", c["id"])],
                    "recorded": instant(c["created_at"]),
                    "agent": [{"who": ctx.patient_ref}],
                    "signature": [
                        {
                            "type": [
                                fc.coding(
                                    "urn:iso-astm:E1762-95:2013",
                                    "1.2.840.10065.1.12.1.7",
                                    "Consent Signature",
                                )
                            ],
                            "when": instant(c["signed_at"]),
                            "who": ctx.patient_ref,
                            "sigFormat": "image/png",
                            "data": base64.b64encode(bytes(c["signature_png"])).decode("ascii"),
                        }
                    ],
                },
                summary=f"Patient's signature ({c.get('signature_source') or 'drawn'}) on consent {title}",
            )
