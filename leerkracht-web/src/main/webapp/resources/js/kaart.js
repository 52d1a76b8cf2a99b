/*
 * The map of participating schools (/scholen-kaart.xhtml): reads the schools once from the page's
 * GeoJSON source, clusters the markers, and filters map and list together by sector and by place,
 * postcode or name. Without a tile server the markers and the list work all the same.
 */
(function () {
    'use strict';

    function normaal(tekst) {
        return (tekst || '').toLowerCase().replace(/\s+/g, '');
    }

    function tekst(element, inhoud) {
        element.appendChild(document.createTextNode(inhoud));
        return element;
    }

    function start() {
        var kaartElement = document.getElementById('kaart');
        if (!kaartElement || !window.L) {
            return;
        }
        var data = kaartElement.dataset;
        var aantal = document.getElementById('aantal');
        var lijst = document.getElementById('scholenLijst');
        var filter = document.getElementById('kaartFilter');
        var zoek = document.getElementById('zoek');

        var kaart = L.map(kaartElement, {scrollWheelZoom: false}).setView([52.2, 5.3], 7);
        kaart.attributionControl.setPrefix(false);
        if (data.tegels) {
            var bron = document.createElement(data.bronvermeldingUrl ? 'a' : 'span');
            bron.textContent = data.bronvermelding;
            if (data.bronvermeldingUrl) {
                bron.href = data.bronvermeldingUrl;
            }
            L.tileLayer(data.tegels, {maxZoom: 19, attribution: bron.outerHTML}).addTo(kaart);
        }
        var clusters = L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false});
        kaart.addLayer(clusters);

        var scholen = [];
        var eersteKeer = true;

        function sectorNaam(sector) {
            return data['sector' + sector.charAt(0) + sector.slice(1).toLowerCase()] || sector;
        }

        function popup(school) {
            var inhoud = document.createElement('div');
            tekst(inhoud.appendChild(document.createElement('strong')), school.naam);
            inhoud.appendChild(document.createElement('br'));
            tekst(inhoud, (school.plaats || '') + ' · ' + sectorNaam(school.sector));
            return inhoud;
        }

        function gekozenSectoren() {
            var gekozen = {};
            filter.querySelectorAll('input[name=sector]:checked').forEach(function (vakje) {
                gekozen[vakje.value] = true;
            });
            return gekozen;
        }

        function past(school, sectoren, term) {
            if (!sectoren[school.sector]) {
                return false;
            }
            return !term
                || normaal(school.plaats).indexOf(term) === 0
                || normaal(school.postcode).indexOf(term) === 0
                || normaal(school.naam).indexOf(term) >= 0;
        }

        function meld(aantalScholen) {
            var melding = aantalScholen === 0 ? aantal.dataset.geen
                : aantalScholen === 1 ? aantal.dataset.een
                : aantal.dataset.meer.replace('{0}', aantalScholen.toLocaleString('nl-NL'));
            aantal.textContent = melding;
        }

        function toon() {
            var sectoren = gekozenSectoren();
            var term = normaal(zoek.value);
            var gekozen = scholen.filter(function (school) {
                return past(school, sectoren, term);
            });
            clusters.clearLayers();
            clusters.addLayers(gekozen.map(function (school) {
                return L.marker([school.lat, school.lon], {title: school.naam, alt: school.naam})
                    .bindPopup(popup(school));
            }));
            var items = document.createDocumentFragment();
            gekozen.forEach(function (school) {
                var item = document.createElement('li');
                item.dataset.school = school.id;
                tekst(item.appendChild(document.createElement('strong')), school.naam);
                tekst(item, ', ' + (school.plaats || '') + ' · ' + sectorNaam(school.sector));
                items.appendChild(item);
            });
            lijst.replaceChildren(items);
            meld(gekozen.length);
            if (gekozen.length > 0 && (term || eersteKeer)) {
                kaart.fitBounds(clusters.getBounds(), {maxZoom: 13, padding: [24, 24]});
            }
            eersteKeer = false;
        }

        var wacht;
        zoek.addEventListener('input', function () {
            clearTimeout(wacht);
            wacht = setTimeout(toon, 200);
        });
        filter.addEventListener('change', toon);
        filter.addEventListener('submit', function (event) {
            event.preventDefault();
            toon();
        });

        fetch(data.bron, {headers: {Accept: 'application/geo+json'}})
            .then(function (antwoord) {
                if (!antwoord.ok) {
                    throw new Error('HTTP ' + antwoord.status);
                }
                return antwoord.json();
            })
            .then(function (collectie) {
                scholen = collectie.features.map(function (feature) {
                    var p = feature.properties;
                    return {
                        id: feature.id, naam: p.naam, plaats: p.plaats, postcode: p.postcode, sector: p.sector,
                        lon: feature.geometry.coordinates[0], lat: feature.geometry.coordinates[1]
                    };
                });
                kaartElement.dataset.geladen = String(scholen.length);
                toon();
            })
            .catch(function () {
                aantal.textContent = aantal.dataset.fout;
            });
    }

    document.addEventListener('DOMContentLoaded', start);
})();
